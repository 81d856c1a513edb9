package org.fitsflow.school;

import org.fitsflow.testsupport.ServiceTest;

@ServiceTest
class StaffImportH2Test extends StaffImportScenario {
}
