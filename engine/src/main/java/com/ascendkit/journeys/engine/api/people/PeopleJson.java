package com.ascendkit.journeys.engine.api.people;

import com.ascendkit.journeys.engine.runtime.people.PeoplePage;
import com.ascendkit.journeys.engine.runtime.people.Person;
import com.ascendkit.journeys.engine.runtime.people.UserPath;
import com.ascendkit.journeys.engine.runtime.steps.StepRow;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON of the people endpoints; fields that do not apply are left out. */
final class PeopleJson {
    private PeopleJson() {}

    static Map<String, Object> page(PeoplePage page) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items().stream().map(PeopleJson::person).toList());
        body.put("nextCursor", page.nextCursor());
        body.put(
                "reasons",
                page.reasons().stream()
                        .map(r -> Map.<String, Object>of("reason", r.reason(), "users", r.users()))
                        .toList());
        return body;
    }

    static PathJson path(UserPath p) {
        return new PathJson(
                p.journeyId(),
                p.userId(),
                p.status(),
                p.node(),
                p.enteredAt(),
                p.enrolledAt(),
                p.endedAt(),
                p.waiting(),
                p.steps().stream().map(PeopleJson::step).toList());
    }

    private static PersonJson person(Person p) {
        return new PersonJson(
                p.userId(),
                p.email(),
                p.status(),
                p.node(),
                p.enteredAt(),
                p.enrolledAt(),
                p.endedAt(),
                p.reason(),
                p.lastStep() == null ? null : step(p.lastStep()));
    }

    static StepJson step(StepRow r) {
        Map<String, Object> d = r.detail();
        @SuppressWarnings("unchecked")
        Map<String, Object> props = (Map<String, Object>) d.get("properties");
        Object due = d.get("dueAt");
        return new StepJson(
                r.seq(),
                r.at(),
                r.kind(),
                r.node(),
                r.visitNo(),
                r.transition(),
                r.target(),
                r.event(),
                r.event() == null ? null : props == null ? Map.of() : props,
                due == null ? null : Instant.parse(due.toString()),
                due == null ? null : r.at(),
                (String) d.get("action"),
                r.outcome(),
                r.messageId(),
                r.reason(),
                StepWords.summary(r));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PersonJson(
            String userId,
            String email,
            String status,
            String node,
            Instant enteredAt,
            Instant enrolledAt,
            Instant endedAt,
            String reason,
            StepJson lastStep) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PathJson(
            String journeyId,
            String userId,
            String status,
            String node,
            Instant enteredAt,
            Instant enrolledAt,
            Instant endedAt,
            List<UserPath.Waiting> waiting,
            List<StepJson> steps) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StepJson(
            long seq,
            Instant at,
            String kind,
            String node,
            int visitNo,
            String transition,
            String to,
            String event,
            Map<String, Object> properties,
            Instant dueAt,
            Instant firedAt,
            String action,
            String outcome,
            String messageId,
            String reason,
            String summary) {}
}
