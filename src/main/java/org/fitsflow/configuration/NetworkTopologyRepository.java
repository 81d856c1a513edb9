package org.fitsflow.configuration;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface NetworkTopologyRepository extends JpaRepository<NetworkTopology, Long> {

	Optional<NetworkTopology> findFirstBySchoolIdOrderByUploadedAtDescIdDesc(String schoolId);
}
