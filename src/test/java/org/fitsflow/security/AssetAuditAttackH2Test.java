package org.fitsflow.security;

import org.fitsflow.testsupport.ServiceTest;

@ServiceTest
class AssetAuditAttackH2Test extends AssetAuditAttackScenario {
}
