package com.ascendkit.journeys.client.dev;

import com.ascendkit.journeys.client.internal.ApiRequest;
import com.ascendkit.journeys.client.internal.Transport;
import com.ascendkit.journeys.model.Delay;
import java.time.Duration;
import java.util.Map;
import okhttp3.OkHttpClient;

/** Calls for engines started with a simulated clock (previews, tests). */
public final class Dev {
    /** Advancing fires every due timer before answering: allow it more time than a plain call. */
    static final Duration ADVANCE_TIMEOUT = Duration.ofMinutes(10);

    private final Transport transport;
    private final OkHttpClient patient;

    public Dev(Transport transport) {
        this.transport = transport;
        this.patient = transport.http().newBuilder().readTimeout(ADVANCE_TIMEOUT).build();
    }

    /**
     * {@code POST /v1/dev/clock {"advance": "2d"}}: moves the simulated clock and answers when
     * every timer due by then has fired, in due order. A wall-clock engine answers 404 ({@link
     * com.ascendkit.journeys.client.exception.NotFoundException}).
     */
    public ClockState advanceClock(Delay delay) {
        ApiRequest call =
                ApiRequest.post("v1", "dev", "clock").body(Map.of("advance", delay.toString()));
        return transport.decoder().read(transport.execute(patient, call), ClockState.class);
    }

    /**
     * {@code POST /v1/dev/clock}, the delay as the contract writes it ({@code 30m}, {@code 2d}).
     */
    public ClockState advanceClock(String delay) {
        return advanceClock(Delay.parse("advance", delay));
    }
}
