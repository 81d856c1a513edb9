package org.fitsflow.security;

import org.fitsflow.testsupport.ServiceTest;

@ServiceTest
class AttackH2Test extends AttackScenario {
}
