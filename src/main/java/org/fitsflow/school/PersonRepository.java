package org.fitsflow.school;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long> {

	List<Person> findBySchoolIdOrderByName(String schoolId);

	Optional<Person> findBySchoolIdAndUserId(String schoolId, String userId);

	List<Person> findByUserId(String userId);

	@Query("select distinct a.person from FunctionAssignment a where a.person.school.id = ?1 and a.function = ?2")
	List<Person> findHolders(String schoolId, FitsFunction function);
}
