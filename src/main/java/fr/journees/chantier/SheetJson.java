package fr.journees.chantier;

import tools.jackson.databind.json.JsonMapper;

/** A sheet's content as stored in its revisions and drafts. */
final class SheetJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SheetJson() {
    }

    static String write(SheetContent content) {
        return JSON.writeValueAsString(content);
    }

    static SheetContent read(String json) {
        return JSON.readValue(json, SheetContent.class);
    }
}
