package org.fitsflow.continuity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContingencyPlanRepository extends JpaRepository<ContingencyPlan, Long> {

	Optional<ContingencyPlan> findBySchoolIdAndStatus(String schoolId, ContingencyPlan.Status status);

	Optional<ContingencyPlan> findFirstBySchoolIdOrderByVersionDesc(String schoolId);

	List<ContingencyPlan> findBySchoolIdOrderByVersionDesc(String schoolId);

	Optional<ContingencyPlan> findBySchoolIdAndVersion(String schoolId, int version);
}

interface InvocationRepository extends JpaRepository<Invocation, Long> {

	Optional<Invocation> findBySchoolIdAndReference(String schoolId, String reference);

	Optional<Invocation> findBySchoolIdAndIncidentReference(String schoolId, String incidentReference);

	List<Invocation> findBySchoolIdOrderByIdDesc(String schoolId);
}

interface LessonRepository extends JpaRepository<Lesson, Long> {

	List<Lesson> findBySchoolIdAndAssessmentIdIsNullOrderById(String schoolId);

	List<Lesson> findByAssessmentIdOrderById(Long assessmentId);

	List<Lesson> findByInvocationIdOrderById(Long invocationId);
}

interface RiskAssessmentRepository extends JpaRepository<RiskAssessment, Long> {

	Optional<RiskAssessment> findBySchoolIdAndReference(String schoolId, String reference);

	Optional<RiskAssessment> findFirstBySchoolIdOrderByIdDesc(String schoolId);

	List<RiskAssessment> findBySchoolIdOrderByYearDescIdDesc(String schoolId);
}
