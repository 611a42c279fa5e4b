package com.ascendkit.journeys.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendkit.journeys.model.testing.TestJson;
import org.junit.jupiter.api.Test;

class NodeTest {

    @Test
    void defaultsToDoingNothing() {
        assertThat(new Node(null, false, null).action()).isEqualTo(Action.none());
    }

    @Test
    void rejectsAPositionThatIsNotFinite() {
        assertThatThrownBy(() -> new Position(Double.NaN, 0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("position must have finite 'x' and 'y'")
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("position");
    }

    @Test
    void changesOnePartAtATime() {
        Node node = Node.of(new Action.TagUser("vip"));

        assertThat(node.withTerminal(true).terminal()).isTrue();
        assertThat(node.withAction(Action.none()).action()).isEqualTo(Action.none());
        assertThat(node.withPosition(new Position(1, 2)).position()).isEqualTo(new Position(1, 2));
    }

    @Test
    void writesNoPositionWhenThereIsNone() {
        assertThat(TestJson.write(new Node(Action.none(), true, null)))
                .isEqualTo("{\"action\":{\"type\":\"none\"},\"terminal\":true}");
    }

    @Test
    void readsAMinimalNodeWithDefaults() {
        assertThat(TestJson.read("{}", Node.class)).isEqualTo(Node.of(Action.none()));
    }

    @Test
    void roundTripsAPositionedNode() {
        Node node = new Node(new Action.SendEmail("welcome-email"), false, new Position(10, 20.5));

        String json = TestJson.write(node);

        assertThat(json).contains("\"position\":{\"x\":10.0,\"y\":20.5}");
        assertThat(TestJson.read(json, Node.class)).isEqualTo(node);
    }
}
