package org.fitsflow.system.process;

import org.fitsflow.testsupport.ServiceTest;

@ServiceTest
class ProcessOwnerH2Test extends ProcessOwnerScenario {
}
