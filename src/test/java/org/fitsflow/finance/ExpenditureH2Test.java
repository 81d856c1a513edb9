package org.fitsflow.finance;

import org.fitsflow.testsupport.ServiceTest;

@ServiceTest
class ExpenditureH2Test extends ExpenditureScenario {
}
