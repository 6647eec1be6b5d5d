package fr.journees.livret;

import static fr.journees.db.Tables.ORGANISATION;
import static fr.journees.db.Tables.PERSON;
import static fr.journees.db.Tables.PLACE;
import static fr.journees.db.Tables.PLACE_FACT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Reads the directory's places, people and organisations as the booklet prints them. */
@Repository
public class LivretRepository {

    private final DSLContext dsl;

    LivretRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Map<Long, PlaceRow> places(Collection<Long> ids) {
        var facts = multiset(select(PLACE_FACT.TEXT).from(PLACE_FACT).where(PLACE_FACT.PLACE_ID.eq(PLACE.ID))
                .orderBy(PLACE_FACT.POSITION, PLACE_FACT.ID)).convertFrom(r -> r.map(f -> f.value1()));
        return dsl.select(PLACE.ID, PLACE.NAME, PLACE.ADDRESS, PLACE.LATITUDE, PLACE.LONGITUDE, PLACE.DESCRIPTION,
                        facts)
                .from(PLACE).where(PLACE.ID.in(ids))
                .fetchMap(PLACE.ID, mapping(PlaceRow::new));
    }

    public Map<Long, String> functionLines(Collection<Long> personIds) {
        return dsl.select(PERSON.ID, PERSON.FUNCTION_LINE).from(PERSON).where(PERSON.ID.in(personIds))
                .and(PERSON.FUNCTION_LINE.isNotNull())
                .fetchMap(PERSON.ID, PERSON.FUNCTION_LINE);
    }

    public Map<Long, ContactRow> contacts(Collection<Long> organisationIds) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.ADDRESS, ORGANISATION.PHONE,
                        ORGANISATION.EMAIL, ORGANISATION.WEBSITE, ORGANISATION.DESCRIPTION)
                .from(ORGANISATION).where(ORGANISATION.ID.in(organisationIds))
                .fetchMap(ORGANISATION.ID, mapping(ContactRow::new));
    }

    public record PlaceRow(long id, String name, String address, BigDecimal latitude, BigDecimal longitude,
                           String description, List<String> facts) {
    }

    public record ContactRow(long id, String name, String address, String phone, String email, String website,
                             String description) {
    }
}
