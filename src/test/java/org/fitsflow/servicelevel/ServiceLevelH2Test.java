package org.fitsflow.servicelevel;

import org.fitsflow.testsupport.ServiceTest;

@ServiceTest
class ServiceLevelH2Test extends ServiceLevelScenario {
}
