package org.fitsflow.security;

import org.fitsflow.testsupport.ServiceTest;

@ServiceTest
class ContinuityAttackH2Test extends ContinuityAttackScenario {
}
