package org.fitsflow.finance;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExpenditureEntryRepository extends JpaRepository<ExpenditureEntry, Long> {

	List<ExpenditureEntry> findBySchoolIdAndPeriodOrderByDateAscIdAsc(String schoolId, String period);

	List<ExpenditureEntry> findBySchoolIdAndChangeReference(String schoolId, String changeReference);
}

interface ExpenditureBudgetRepository extends JpaRepository<ExpenditureBudget, Long> {

	Optional<ExpenditureBudget> findBySchoolIdAndPeriod(String schoolId, String period);
}

interface ExpenditureSubCategoryRepository extends JpaRepository<ExpenditureSubCategory, Long> {

	List<ExpenditureSubCategory> findBySchoolIdAndPeriodOrderByCategoryAscPositionAsc(String schoolId, String period);

	List<ExpenditureSubCategory> findBySchoolIdAndPeriodAndCategory(String schoolId, String period, ExpenditureCategory category);
}
