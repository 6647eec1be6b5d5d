package fr.journees.chantier;

import java.util.List;
import java.util.function.Function;

/** The written fields of a sheet in the booklet's order, by their translation key suffix ({@code chantier.field.X}). */
public final class SheetFields {

    public record Field(String key, Function<SheetContent, String> value) {
    }

    public static final List<Field> TEXTS = List.of(
            new Field("enjeu", SheetContent::enjeu),
            new Field("keyTitle", SheetContent::keyTitle),
            new Field("objectives", SheetContent::objectives),
            new Field("actions", SheetContent::actions),
            new Field("governanceLead", SheetContent::governanceLead),
            new Field("governanceDoers", SheetContent::governanceDoers),
            new Field("governanceAssociated", SheetContent::governanceAssociated),
            new Field("resources", SheetContent::resources),
            new Field("obstacles", SheetContent::obstacles),
            new Field("authors", SheetContent::authors));

    private SheetFields() {
    }
}
