package com.ascendkit.journeys.engine.api.edge;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;

/**
 * Counts the open connections of each remote address, as a listener on Jetty's connector, and marks
 * a connection opened while its address already had the maximum: the engine refuses that
 * connection's requests (and closes it) rather than the connection itself, because a refusal must
 * spare {@code GET /v1/health}, which only the request says. Thread-safe.
 */
final class AddressConnections implements Connection.Listener {
    private final int max;
    private final Map<String, Integer> open = new ConcurrentHashMap<>();
    private final Set<Connection> excess = ConcurrentHashMap.newKeySet();

    AddressConnections(int max) {
        this.max = max;
    }

    @Override
    public void onOpened(Connection connection) {
        int count = open.merge(address(connection), 1, Integer::sum);
        if (count > max) {
            excess.add(connection);
        }
    }

    @Override
    public void onClosed(Connection connection) {
        open.computeIfPresent(address(connection), (a, n) -> n <= 1 ? null : n - 1);
        excess.remove(connection);
    }

    /** True when {@code connection} was opened beyond its address's maximum. */
    boolean isExcess(Connection connection) {
        return excess.contains(connection);
    }

    int max() {
        return max;
    }

    /** The host part only: each connection of one client has its own port. */
    private static String address(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        if (remote instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return String.valueOf(remote);
    }
}
