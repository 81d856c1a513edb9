package org.fitsflow.configuration;

import org.fitsflow.testsupport.ServiceTest;

@ServiceTest
class AssetAuditH2Test extends AssetAuditScenario {
}
