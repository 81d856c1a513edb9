package org.fitsflow.security;

import org.fitsflow.testsupport.ServiceTest;

@ServiceTest
class AuthorizationMatrixH2Test extends AuthorizationMatrixScenario {
}
