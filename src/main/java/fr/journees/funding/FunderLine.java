package fr.journees.funding;

import java.math.BigDecimal;

/** A stored line of an event's funding; the self-financing line has no category. */
public record FunderLine(long id, int version, FunderCategory category, String name, Long organisationId,
                         String organisationName, String programmeLabel, BigDecimal amount, BigDecimal typedRate,
                         boolean selfFinancing) {

    public FunderDraft toDraft() {
        return new FunderDraft(category, name, organisationId, programmeLabel, amount, typedRate);
    }
}
