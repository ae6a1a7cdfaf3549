package dev.preflight.harness;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestStepFinished;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Cucumber plugin that turns each finished scenario into the run's result for it. Only a plugin
 * hears why a step ended (a rule failed, a precondition was not met, the harness broke), so it
 * joins that to what the steps handed over, and to when the scenario began and ended.
 */
public final class ScenarioRecorder implements ConcurrentEventListener {
  private final Map<UUID, Throwable> firstProblem = new ConcurrentHashMap<>();
  private final Map<UUID, Instant> started = new ConcurrentHashMap<>();

  @Override
  public void setEventPublisher(EventPublisher publisher) {
    publisher.registerHandlerFor(TestCaseStarted.class, this::scenarioStarted);
    publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
    publisher.registerHandlerFor(TestCaseFinished.class, this::scenarioFinished);
  }

  private void scenarioStarted(TestCaseStarted event) {
    started.put(event.getTestCase().getId(), event.getInstant());
  }

  private void stepFinished(TestStepFinished event) {
    Status status = event.getResult().getStatus();
    Throwable error = event.getResult().getError();
    if (status != Status.PASSED && error != null) {
      firstProblem.putIfAbsent(event.getTestCase().getId(), error);
    }
  }

  private void scenarioFinished(TestCaseFinished event) {
    UUID id = event.getTestCase().getId();
    Instant began = started.remove(id);
    InspectionRun.current()
        .finish(
            id,
            event.getTestCase(),
            event.getResult().getStatus(),
            java.util.Optional.ofNullable(firstProblem.remove(id)),
            began == null ? event.getInstant() : began,
            event.getInstant());
  }
}
