package org.fitsflow.change;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApprovalLinkUseRepository extends JpaRepository<ApprovalLinkUse, String> {
}
