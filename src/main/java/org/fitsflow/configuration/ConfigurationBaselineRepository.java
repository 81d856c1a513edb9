package org.fitsflow.configuration;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConfigurationBaselineRepository extends JpaRepository<ConfigurationBaseline, Long> {

	List<ConfigurationBaseline> findBySchoolIdOrderByTakenAtDesc(String schoolId);
}
