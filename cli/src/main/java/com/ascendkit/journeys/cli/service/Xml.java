package com.ascendkit.journeys.cli.service;

/** Text in XML element content. */
final class Xml {
    private Xml() {}

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
