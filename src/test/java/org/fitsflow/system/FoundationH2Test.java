package org.fitsflow.system;

import org.fitsflow.testsupport.ServiceTest;

@ServiceTest
class FoundationH2Test extends FoundationChecks {
}
