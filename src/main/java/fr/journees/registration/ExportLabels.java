package fr.journees.registration;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The words of an export in the reader's language: the column titles (in the order of
 * {@link RegistrationExport#COLUMNS}), and the status and kind of structure as the screens say them.
 */
public record ExportLabels(List<String> headers, Map<RegistrationStatus, String> statuses,
                           Map<StructureKind, String> structureKinds) {

    public ExportLabels {
        headers = List.copyOf(headers);
        statuses = Map.copyOf(statuses);
        structureKinds = Map.copyOf(structureKinds);
    }

    /** translate gives the text of a key of the registration bundle in the reader's language. */
    public static ExportLabels translated(Function<String, String> translate) {
        var statuses = new EnumMap<RegistrationStatus, String>(RegistrationStatus.class);
        for (var status : RegistrationStatus.values()) {
            statuses.put(status, translate.apply("registration.status." + status.name()));
        }
        var kinds = new EnumMap<StructureKind, String>(StructureKind.class);
        for (var kind : StructureKind.values()) {
            kinds.put(kind, translate.apply("registration.structureKind." + kind.name()));
        }
        return new ExportLabels(RegistrationExport.COLUMNS.stream()
                .map(column -> translate.apply("registration.column." + column)).toList(), statuses, kinds);
    }

    String status(RegistrationStatus status) {
        return statuses.getOrDefault(status, status.name());
    }

    String structureKind(StructureKind kind) {
        return kind == null ? null : structureKinds.getOrDefault(kind, kind.name());
    }
}
