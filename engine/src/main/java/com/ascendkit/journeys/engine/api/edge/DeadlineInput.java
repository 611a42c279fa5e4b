package com.ascendkit.journeys.engine.api.edge;

import com.ascendkit.journeys.engine.api.ApiException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.EndPoint;

/**
 * A request body that ends in a 408 at its deadline. A read blocked on a silent client is woken by
 * Jetty's idle timeout, which this stream lowers to the time left before each read (and puts back
 * on close, for the next request on the connection). Not thread-safe: the request's thread reads.
 */
final class DeadlineInput extends FilterInputStream {
    private final EndPoint endPoint;
    private final BodyDeadline.Deadline deadline;
    private final Runnable onTimeout;
    private final long idleTimeout;

    DeadlineInput(
            InputStream in, EndPoint endPoint, BodyDeadline.Deadline deadline, Runnable onTimeout) {
        super(in);
        this.endPoint = endPoint;
        this.deadline = deadline;
        this.onTimeout = onTimeout;
        this.idleTimeout = endPoint.getIdleTimeout();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        long left = deadline.nanos() - System.nanoTime();
        if (left <= 0) {
            throw timedOut();
        }
        endPoint.setIdleTimeout(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        try {
            return super.read(b, off, len);
        } catch (IOException e) {
            if (isTimeout(e)) {
                throw timedOut();
            }
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        endPoint.setIdleTimeout(idleTimeout);
        super.close();
    }

    private ApiException timedOut() {
        onTimeout.run();
        return ApiException.requestTimeout(
                "the request body did not arrive within "
                        + deadline.timeout().toMillis()
                        + " ms of the request's start; send it at once");
    }

    private static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
