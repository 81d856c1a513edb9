package org.fitsflow.system.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Collaboration;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.fitsflow.school.FitsFunction;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The diagrams people read in Camunda Modeler, Cockpit and Tasklist: one participant with a lane per FITS function
 * (each user task in the lane of its function), every shape and flow drawn, and a size that fits a screen.
 */
class ModelDiagramsTest {

	/** Wider than this and Modeler needs scrolling or a zoom too small to read on a laptop. */
	static final double MAX_WIDTH = 2000;
	static final double MAX_HEIGHT = 1200;

	@TestFactory
	List<DynamicTest> everyDiagram() {
		List<DynamicTest> tests = new ArrayList<>();
		for (ModelContract contract : Models.contracts()) {
			String key = contract.processKey();
			tests.add(DynamicTest.dynamicTest(key, () -> check(key, Models.bpmn(key))));
		}
		return tests;
	}

	private static void check(String key, BpmnModelInstance model) {
		Process process = model.getModelElementById(key);
		List<Collaboration> collaborations = new ArrayList<>(model.getModelElementsByType(Collaboration.class));
		assertThat(collaborations).as(key + ": one collaboration").hasSize(1);
		List<Participant> participants = new ArrayList<>(collaborations.get(0).getParticipants());
		assertThat(participants).as(key + ": one participant, the process").hasSize(1);
		assertThat(participants.get(0).getProcess()).isEqualTo(process);
		assertThat(process.getLaneSets()).as(key + ": one lane set").hasSize(1);
		List<Lane> lanes = new ArrayList<>(process.getLaneSets().iterator().next().getLanes());
		assertThat(lanes).as(key + ": lanes").isNotEmpty();

		for (FlowNode node : process.getChildElementsByType(FlowNode.class)) {
			List<Lane> in = lanes.stream().filter(l -> l.getFlowNodeRefs().contains(node)).toList();
			assertThat(in).as(key + ": " + node.getId() + " is in exactly one lane").hasSize(1);
			if (node instanceof UserTask task && task.getCamundaCandidateGroups() != null
					&& !task.getCamundaCandidateGroups().startsWith("${")) {
				String lane = in.get(0).getName().toLowerCase(Locale.ROOT);
				assertThat(Arrays.stream(task.getCamundaCandidateGroups().split(",")).map(String::trim)
					.map(g -> FitsFunction.ofGroupId(g).title().toLowerCase(Locale.ROOT)))
					.as(key + ": " + task.getId() + " is in the lane of its function, not '" + lane + "'")
					.anyMatch(lane::contains);
			}
		}
		for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
			BpmnShape shape = (BpmnShape) node.getDiagramElement();
			assertThat(shape).as(key + ": " + node.getId() + " is drawn").isNotNull();
			assertThat(shape.getBounds()).as(key + ": " + node.getId() + " has bounds").isNotNull();
			assertThat(shape.getBounds().getWidth()).isPositive();
		}
		for (Lane lane : lanes) {
			assertThat(lane.getDiagramElement()).as(key + ": lane " + lane.getId() + " is drawn").isNotNull();
		}
		for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
			BpmnEdge edge = (BpmnEdge) flow.getDiagramElement();
			assertThat(edge).as(key + ": " + flow.getId() + " is drawn").isNotNull();
			assertThat(edge.getWaypoints()).as(key + ": " + flow.getId() + " has waypoints").hasSizeGreaterThanOrEqualTo(2);
		}
		BpmnShape pool = (BpmnShape) participants.get(0).getDiagramElement();
		assertThat(pool).as(key + ": the participant is drawn").isNotNull();
		assertThat(pool.getBounds().getWidth()).as(key + ": diagram width").isLessThanOrEqualTo(MAX_WIDTH);
		assertThat(pool.getBounds().getHeight()).as(key + ": diagram height").isLessThanOrEqualTo(MAX_HEIGHT);
	}
}
