package com.ascendkit.journeys.client;

/** JSON answers written as the contract ({@code docs/openapi.yaml}) describes them. */
public final class Fixtures {
    private Fixtures() {}

    /** A draft journey with an email node, a timer and an event transition, and warnings. */
    public static final String JOURNEY_RESPONSE =
            """
            {
              "journey": {
                "id": "jrn_a1B2c3D4e5F6",
                "name": "Onboarding",
                "status": "draft",
                "version": 7,
                "entryEvent": "user.created",
                "entryConditions": {"provider": "credentials", "beta": true, "score": 1.10},
                "entryNode": "welcome_email",
                "reEntryPolicy": "skip",
                "nodes": {
                  "welcome_email": {
                    "action": {"type": "send_email", "templateSlug": "welcome",
                               "surveySlug": "nps", "fromIdentityEmail": "hello@yourapp.com",
                               "variables": {"cta": "Get started"}},
                    "terminal": false,
                    "position": {"x": 120.5, "y": 80}
                  },
                  "nudge_1": {"action": {"type": "tag_user", "tagName": "nudged"}, "terminal": false},
                  "activated": {"action": {"type": "advance_stage", "stageName": "active"}, "terminal": false},
                  "done": {"action": {"type": "none"}, "terminal": true}
                },
                "transitions": [
                  {"name": "welcome_email-to-nudge_1", "from": "welcome_email", "to": "nudge_1",
                   "trigger": {"type": "timer", "delay": "2d"}},
                  {"name": "login-success", "from": "welcome_email", "to": "done",
                   "trigger": {"type": "event", "event": "user.login", "eventFilter": {"plan": "pro"}}}
                ],
                "stats": {"enrolled": 10, "active": 4, "completed": 5, "failed": 1, "exited": 0},
                "createdAt": "2025-03-01T10:15:30Z",
                "updatedAt": "2025-03-02T08:00:00.123Z",
                "someFutureField": {"ignored": true}
              },
              "warnings": [
                {"code": "dead_end", "message": "node 'activated' has no way out and is not terminal",
                 "node": "activated", "suppressed": true},
                {"code": "unverified_sender", "message": "identity 'hello@yourapp.com' is not verified",
                 "node": "welcome_email", "suppressed": false},
                {"code": "shadowed_transition", "message": "never fires",
                 "transition": "login-success", "suppressed": true}
              ],
              "warningsSuppressed": true
            }
            """;

    public static String error(String code, String message, String field) {
        return "{\"error\":{\"code\":\""
                + code
                + "\",\"message\":\""
                + message
                + "\""
                + (field == null ? "" : ",\"field\":\"" + field + "\"")
                + "}}";
    }
}
