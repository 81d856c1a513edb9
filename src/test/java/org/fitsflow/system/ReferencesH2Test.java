package org.fitsflow.system;

import org.fitsflow.testsupport.ServiceTest;

@ServiceTest
class ReferencesH2Test extends ReferencesScenario {
}
