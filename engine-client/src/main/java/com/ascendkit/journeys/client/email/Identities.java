package com.ascendkit.journeys.client.email;

import com.ascendkit.journeys.client.internal.ApiRequest;
import com.ascendkit.journeys.client.internal.Transport;
import com.ascendkit.journeys.model.Emails;
import com.ascendkit.journeys.model.api.Identity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sender identities: new ones are unverified until an operator verifies them. */
public final class Identities {
    private final Transport transport;

    public Identities(Transport transport) {
        this.transport = transport;
    }

    /** {@code GET /v1/email/identities}. */
    public List<Identity> list() {
        return transport
                .decoder()
                .list(
                        transport.execute(ApiRequest.get("v1", "email", "identities")),
                        Identity.class);
    }

    /** {@code POST /v1/email/identities} {@code {email, name?}}: a new, unverified identity. */
    public Identity create(String email, String name) {
        Emails.require("email", email);
        Map<String, String> body = new LinkedHashMap<>();
        body.put("email", email);
        if (name != null) {
            body.put("name", name);
        }
        return transport.send(
                ApiRequest.post("v1", "email", "identities").body(body), Identity.class);
    }

    /** {@code POST /v1/email/identities/{email}/verify}. */
    public Identity verify(String email) {
        return transport.send(
                ApiRequest.post("v1", "email", "identities", email, "verify"), Identity.class);
    }
}
