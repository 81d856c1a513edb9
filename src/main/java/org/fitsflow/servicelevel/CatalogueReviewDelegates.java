package org.fitsflow.servicelevel;

import static org.fitsflow.servicelevel.CatalogueReviewProcess.*;
import static org.fitsflow.system.process.Refusing.badInput;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fitsflow.school.ReviewNotices;
import org.fitsflow.system.process.ActingUser;
import org.springframework.stereotype.Component;

/**
 * The Java side of {@code bpmn/catalogue-review.bpmn}: one bean per service task, named after the model and the
 * element; each makes one call to {@link CatalogueReviews}.
 */
final class CatalogueReviewDelegates {

	private CatalogueReviewDelegates() {
	}

	/** The review is found by its process instance (whose business key is its reference), never by a variable. */
	private static String reference(DelegateExecution execution) {
		return execution.getProcessBusinessKey();
	}

	/** Opens the review due on the school's date, starting the list from the current catalogue. */
	@Component("catalogueReviewOpenReview")
	static class OpenReview implements JavaDelegate {
		private final CatalogueReviews reviews;

		OpenReview(CatalogueReviews reviews) {
			this.reviews = reviews;
		}

		@Override
		public void execute(DelegateExecution execution) {
			CatalogueReview review = reviews.open(execution.getTenantId(), LocalDate.parse(REVIEW_DUE.required(execution)),
					execution.getProcessInstanceId());
			execution.setProcessBusinessKey(review.getReference());
			REVIEW_REFERENCE.set(execution, review.getReference());
			SERVICES.set(execution, JsonList.of(reviews.currentEntries(execution.getTenantId())));
		}
	}

	@Component("catalogueReviewRecordServiceList")
	static class RecordServiceList implements JavaDelegate {
		private final CatalogueReviews reviews;

		RecordServiceList(CatalogueReviews reviews) {
			this.reviews = reviews;
		}

		@Override
		public void execute(DelegateExecution execution) {
			badInput(() -> reviews.listed(execution.getTenantId(), reference(execution), SERVICES.get(execution),
					ActingUser.of(execution)));
		}
	}

	@Component("catalogueReviewRecordListChecked")
	static class RecordListChecked implements JavaDelegate {
		private final CatalogueReviews reviews;

		RecordListChecked(CatalogueReviews reviews) {
			this.reviews = reviews;
		}

		@Override
		public void execute(DelegateExecution execution) {
			badInput(() -> reviews.listChecked(execution.getTenantId(), reference(execution), SERVICES.get(execution),
					LIST_COMPLETE.isTrue(execution), ActingUser.of(execution)));
		}
	}

	/** Checks what the meeting agreed; details still to gather for services added there send it to maintenance. */
	@Component("catalogueReviewCheckAgreement")
	static class CheckAgreement implements JavaDelegate {
		private final CatalogueReviews reviews;

		CheckAgreement(CatalogueReviews reviews) {
			this.reviews = reviews;
		}

		@Override
		public void execute(DelegateExecution execution) {
			DETAILS_TO_GATHER.set(execution, badInput(() -> reviews.detailsToGather(execution.getTenantId(),
					SERVICES.get(execution))));
		}
	}

	/** The agreed catalogue becomes the next dated version; provider contracts to update become the ICT owner's actions. */
	@Component("catalogueReviewRecordCatalogue")
	static class RecordCatalogue implements JavaDelegate {
		private final CatalogueReviews reviews;

		RecordCatalogue(CatalogueReviews reviews) {
			this.reviews = reviews;
		}

		@Override
		public void execute(DelegateExecution execution) {
			String schoolId = execution.getTenantId();
			CatalogueVersion version = badInput(() -> reviews.agreed(schoolId, reference(execution), SERVICES.get(execution),
					REPRESENTATIVES.get(execution),
					ServiceReviews.date(CONTRACTS_UPDATED_BY.name(), CONTRACTS_UPDATED_BY.get(execution)),
					ActingUser.of(execution)));
			CATALOGUE_VERSION.set(execution, version.getVersionNumber());
			CATALOGUE_LINK.set(execution, reviews.link(schoolId, version.getVersionNumber()));
			SERVICES.set(execution, JsonList.of(CatalogueEntries.of(version.services())));
		}
	}

	@Component("catalogueReviewPublishCatalogue")
	static class PublishCatalogue implements JavaDelegate {
		private final CatalogueReviews reviews;

		PublishCatalogue(CatalogueReviews reviews) {
			this.reviews = reviews;
		}

		@Override
		public void execute(DelegateExecution execution) {
			reviews.publish(execution.getTenantId(), reference(execution));
		}
	}

	@Component("catalogueReviewRecordFiling")
	static class RecordFiling implements JavaDelegate {
		private final CatalogueReviews reviews;

		RecordFiling(CatalogueReviews reviews) {
			this.reviews = reviews;
		}

		@Override
		public void execute(DelegateExecution execution) {
			badInput(() -> reviews.filed(execution.getTenantId(), reference(execution), FILED_WHERE.get(execution),
					ActingUser.of(execution)));
		}
	}

	@Component("catalogueReviewRemindHolders")
	static class RemindHolders implements JavaDelegate {
		private final CatalogueReviews reviews;

		RemindHolders(CatalogueReviews reviews) {
			this.reviews = reviews;
		}

		@Override
		public void execute(DelegateExecution execution) {
			reviews.remind(execution.getTenantId(), reference(execution), ReviewNotices.functionsWithOpenTasks(execution));
		}
	}

	@Component("catalogueReviewReportReviewOverdue")
	static class ReportReviewOverdue implements JavaDelegate {
		private final CatalogueReviews reviews;

		ReportReviewOverdue(CatalogueReviews reviews) {
			this.reviews = reviews;
		}

		@Override
		public void execute(DelegateExecution execution) {
			reviews.reportOverdue(execution.getTenantId(), reference(execution), ReviewNotices.functionsWithOpenTasks(execution));
		}
	}
}
