package org.fitsflow.system.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fitsflow.system.process.ProcessVariable.booleanVariable;
import static org.fitsflow.system.process.ProcessVariable.enumVariable;
import static org.fitsflow.system.process.ProcessVariable.integerVariable;
import static org.fitsflow.system.process.ProcessVariable.moneyVariable;
import static org.fitsflow.system.process.ProcessVariable.stringVariable;

import java.math.BigDecimal;
import java.util.Map;

import org.fitsflow.system.forms.FormInputRefused;
import org.junit.jupiter.api.Test;

/** The typed variables read what forms and REST clients send, write what forms and decision tables expect. */
class ProcessVariableTest {

	enum Answer implements FormValue {
		YES("yes-please"), NO("no-thanks");

		private final String formValue;

		Answer(String formValue) {
			this.formValue = formValue;
		}

		@Override
		public String formValue() {
			return formValue;
		}
	}

	static final ProcessVariable<Answer> ANSWER = enumVariable("answer", Answer.class);
	static final ProcessVariable<BigDecimal> COST = moneyVariable("cost");
	static final ProcessVariable<Boolean> TICKED = booleanVariable("ticked");
	static final ProcessVariable<Integer> PRIORITY = integerVariable("priority");

	@Test
	void aValueSet_isStoredAsItsFormValue_andReadBackAsItsConstant() {
		ProcessVariables variables = ProcessVariables.with(ANSWER, Answer.NO);
		assertThat(variables).containsEntry("answer", "no-thanks");
		assertThat(ANSWER.get(variables)).isEqualTo(Answer.NO);
		assertThat(new java.util.ArrayList<FormValue>(ANSWER.options())).containsExactly(Answer.YES, Answer.NO);
	}

	@Test
	void anUnknownFormValue_isRefusedNamingTheVariableAndItsValues() {
		assertThatThrownBy(() -> ANSWER.get(Map.of("answer", "maybe")))
			.isInstanceOf(FormInputRefused.class)
			.hasMessage("answer: use one of yes-please, no-thanks.");
	}

	@Test
	void anEmptyAnswer_readsAsNoAnswer() {
		assertThat(ANSWER.get(Map.of("answer", ""))).isNull();
		assertThat(COST.get(Map.of("cost", ""))).isNull();
		assertThat(stringVariable("note").get(Map.of("note", ""))).isEmpty();
		assertThat(ANSWER.get(Map.of())).isNull();
	}

	@Test
	void money_fromAFormsDouble_aClientsInteger_orText() {
		assertThat(COST.get(Map.of("cost", 250.5))).isEqualByComparingTo("250.5");
		assertThat(COST.get(Map.of("cost", 250))).isEqualByComparingTo("250");
		assertThat(COST.get(Map.of("cost", " 12.30 "))).isEqualByComparingTo("12.30");
		assertThatThrownBy(() -> COST.get(Map.of("cost", "lots"))).isInstanceOf(FormInputRefused.class)
			.hasMessageContaining("'cost' is a number");
		assertThat(ProcessVariables.with(COST, new BigDecimal("9.99"))).containsEntry("cost", 9.99);
	}

	@Test
	void yesOrNo_fromABooleanOrItsText_andAnUntickedCheckboxIsNo() {
		assertThat(TICKED.get(Map.of("ticked", "true"))).isTrue();
		assertThat(TICKED.get(Map.of("ticked", false))).isFalse();
		assertThatThrownBy(() -> TICKED.get(Map.of("ticked", "perhaps"))).isInstanceOf(FormInputRefused.class);
		assertThat(TICKED.get(Map.of())).isNull();
	}

	@Test
	void aDecisionTablesInteger_readsAsAnInteger() {
		assertThat(PRIORITY.get(Map.of("priority", 3))).isEqualTo(3);
		assertThat(PRIORITY.get(Map.of("priority", 3L))).isEqualTo(3);
	}
}
