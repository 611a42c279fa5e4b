package com.ascendkit.journeys.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Map;

/** What a node does when a user enters it. One of four kinds, told apart by {@code type}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Action.SendEmail.class, name = "send_email"),
    @JsonSubTypes.Type(value = Action.TagUser.class, name = "tag_user"),
    @JsonSubTypes.Type(value = Action.AdvanceStage.class, name = "advance_stage"),
    @JsonSubTypes.Type(value = Action.None.class, name = "none")
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface Action {
    /** The contract's names of the action types, in the order the product document lists them. */
    java.util.List<String> TYPES = ActionType.wireNames();

    /** This action's type. */
    ActionType type();

    /** The contract's name of this action's type ({@code send_email} …). */
    default String typeName() {
        return type().wireName();
    }

    /** A short human summary: the template slug, the tag, the stage. */
    String summary();

    static Action none() {
        return new None();
    }

    /** Sends a template, optionally with a survey link, from an optional sender identity. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SendEmail(
            String templateSlug,
            String surveySlug,
            String fromIdentityEmail,
            Map<String, String> variables)
            implements Action {
        public SendEmail {
            Slugs.require("templateSlug", templateSlug, ActionType.SEND_EMAIL.wireName());
            if (surveySlug != null) {
                Slugs.require("surveySlug", surveySlug, ActionType.SEND_EMAIL.wireName());
            }
            if (fromIdentityEmail != null) {
                Emails.require("fromIdentityEmail", fromIdentityEmail);
            }
            variables = variables == null || variables.isEmpty() ? null : Map.copyOf(variables);
        }

        public SendEmail(String templateSlug) {
            this(templateSlug, null, null, null);
        }

        /** The same action sent from {@code email}. */
        public SendEmail withSender(String email) {
            return new SendEmail(templateSlug, surveySlug, email, variables);
        }

        @Override
        public ActionType type() {
            return ActionType.SEND_EMAIL;
        }

        @Override
        public String summary() {
            return surveySlug == null ? templateSlug : templateSlug + " + survey " + surveySlug;
        }
    }

    /** Adds a tag to the user. */
    record TagUser(String tagName) implements Action {
        public TagUser {
            Slugs.requireText("tagName", tagName, ActionType.TAG_USER.wireName());
        }

        @Override
        public ActionType type() {
            return ActionType.TAG_USER;
        }

        @Override
        public String summary() {
            return tagName;
        }
    }

    /** Sets the user's lifecycle stage. */
    record AdvanceStage(String stageName) implements Action {
        public AdvanceStage {
            Slugs.requireText("stageName", stageName, ActionType.ADVANCE_STAGE.wireName());
        }

        @Override
        public ActionType type() {
            return ActionType.ADVANCE_STAGE;
        }

        @Override
        public String summary() {
            return stageName;
        }
    }

    /** Does nothing: a wait or branching point. */
    record None() implements Action {
        @Override
        public ActionType type() {
            return ActionType.NONE;
        }

        @Override
        public String summary() {
            return "";
        }
    }
}
