-- The whole domain of DESIGN.md. Conventions: BIGINT surrogate ids, utf8mb4, a `version` column on
-- every row people edit (jOOQ optimistic locking), created_at/updated_at on every row.
-- Secondary indexes are created separately: jOOQ's code generation replays this file on H2.

CREATE TABLE organisation (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(300) NOT NULL,
    kind        VARCHAR(30)  NOT NULL DEFAULT 'ASSOCIATION',
    territory   VARCHAR(300),
    contact     VARCHAR(500),
    email       VARCHAR(254),
    phone       VARCHAR(40),
    address     VARCHAR(500),
    website     VARCHAR(300),
    description TEXT,
    version     INT          NOT NULL DEFAULT 0,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_organisation_name UNIQUE (name),
    CONSTRAINT ck_organisation_kind CHECK (kind IN ('ASSOCIATION', 'LOCAL_AUTHORITY', 'PUBLIC_BODY', 'COMPANY',
                                                    'COOPERATIVE', 'SCHOOL', 'NETWORK', 'OTHER')),
    CONSTRAINT ck_organisation_name CHECK (CHAR_LENGTH(TRIM(name)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE place (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(300)  NOT NULL,
    short_name    VARCHAR(100),
    address       VARCHAR(500),
    latitude      DECIMAL(9, 6),
    longitude     DECIMAL(9, 6),
    description   TEXT,
    accessibility TEXT,
    version       INT           NOT NULL DEFAULT 0,
    created_at    TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at    TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_place_name UNIQUE (name),
    CONSTRAINT ck_place_latitude CHECK (latitude IS NULL OR (latitude BETWEEN -90 AND 90)),
    CONSTRAINT ck_place_longitude CHECK (longitude IS NULL OR (longitude BETWEEN -180 AND 180)),
    CONSTRAINT ck_place_coordinates CHECK ((latitude IS NULL) = (longitude IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "Le saviez-vous ?"
CREATE TABLE place_fact (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    place_id   BIGINT       NOT NULL,
    position   INT          NOT NULL DEFAULT 0,
    text       TEXT         NOT NULL,
    version    INT          NOT NULL DEFAULT 0,
    created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_place_fact_place FOREIGN KEY (place_id) REFERENCES place (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE person (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    full_name       VARCHAR(200) NOT NULL,
    function_line   VARCHAR(500),
    organisation_id BIGINT,
    email           VARCHAR(254),
    phone           VARCHAR(40),
    version         INT          NOT NULL DEFAULT 0,
    created_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_person_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_person_name CHECK (CHAR_LENGTH(TRIM(full_name)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email         VARCHAR(254) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    must_change_password BOOLEAN NOT NULL DEFAULT FALSE,
    locale        VARCHAR(10)  NOT NULL DEFAULT 'fr',
    person_id     BIGINT,
    last_login_at TIMESTAMP(6) NULL,
    version       INT          NOT NULL DEFAULT 0,
    created_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_account_email UNIQUE (email),
    CONSTRAINT fk_account_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE SET NULL,
    CONSTRAINT ck_account_locale CHECK (locale IN ('fr', 'en'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_account_role_role CHECK (role IN ('ORGANISER', 'FACILITATOR'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE event (
    id                      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug                    VARCHAR(100) NOT NULL,
    title                   VARCHAR(300) NOT NULL,
    subtitle                VARCHAR(300),
    theme                   VARCHAR(300),
    event_date              DATE         NOT NULL,
    start_time              TIME         NOT NULL,
    end_time                TIME         NOT NULL,
    venue_place_id          BIGINT,
    status                  VARCHAR(20)  NOT NULL DEFAULT 'DRAFT',
    registration_opens_at   DATETIME(6)  NULL,
    registration_closes_at  DATETIME(6)  NULL,
    capacity                INT,
    lunch_offered           BOOLEAN      NOT NULL DEFAULT FALSE,
    default_walk_minutes    INT          NOT NULL DEFAULT 5,
    board_public_enabled    BOOLEAN      NOT NULL DEFAULT FALSE,
    board_public_token      VARCHAR(64),
    version                 INT          NOT NULL DEFAULT 0,
    created_at              TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at              TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_event_slug UNIQUE (slug),
    CONSTRAINT uk_event_board_token UNIQUE (board_public_token),
    CONSTRAINT fk_event_venue FOREIGN KEY (venue_place_id) REFERENCES place (id),
    CONSTRAINT ck_event_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'CLOSED', 'ARCHIVED')),
    CONSTRAINT ck_event_hours CHECK (end_time > start_time),
    CONSTRAINT ck_event_registration_window CHECK (registration_opens_at IS NULL OR registration_closes_at IS NULL
                                                   OR registration_closes_at > registration_opens_at),
    CONSTRAINT ck_event_capacity CHECK (capacity IS NULL OR capacity >= 0),
    CONSTRAINT ck_event_walk CHECK (default_walk_minutes BETWEEN 0 AND 240),
    CONSTRAINT ck_event_slug CHECK (CHAR_LENGTH(slug) > 0),
    CONSTRAINT ck_event_title CHECK (CHAR_LENGTH(TRIM(title)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Organisers and partners of an event, in the order the booklet prints them.
CREATE TABLE event_organisation (
    event_id        BIGINT      NOT NULL,
    organisation_id BIGINT      NOT NULL,
    role            VARCHAR(20) NOT NULL,
    position        INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id, organisation_id, role),
    CONSTRAINT fk_event_organisation_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT fk_event_organisation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_event_organisation_role CHECK (role IN ('ORGANISER', 'PARTNER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Texts of the booklet: introduction, signed texts ("par …"), presentation of the neighbourhood,
-- the introduction of the workshops, the closing words.
CREATE TABLE event_text (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id    BIGINT       NOT NULL,
    section     VARCHAR(20)  NOT NULL DEFAULT 'INTRODUCTION',
    position    INT          NOT NULL DEFAULT 0,
    title       VARCHAR(300) NOT NULL,
    author_line VARCHAR(500),
    body        MEDIUMTEXT   NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_event_text_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT ck_event_text_section CHECK (section IN ('INTRODUCTION', 'WORKSHOPS', 'CLOSING'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE programme_item (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id      BIGINT       NOT NULL,
    start_time    TIME         NOT NULL,
    end_time      TIME,
    kind          VARCHAR(20)  NOT NULL DEFAULT 'OTHER',
    title         VARCHAR(300) NOT NULL,
    description   TEXT,
    location_text VARCHAR(300),
    place_id      BIGINT,
    version       INT          NOT NULL DEFAULT 0,
    created_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_programme_item_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT fk_programme_item_place FOREIGN KEY (place_id) REFERENCES place (id),
    CONSTRAINT ck_programme_item_kind CHECK (kind IN ('WELCOME', 'PLENARY', 'VISIT', 'WORKSHOP', 'MEAL', 'CLOSING', 'OTHER')),
    CONSTRAINT ck_programme_item_hours CHECK (end_time IS NULL OR end_time > start_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE itinerary (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id       BIGINT       NOT NULL,
    name           VARCHAR(100) NOT NULL,
    colour         VARCHAR(20)  NOT NULL,
    capacity       INT,
    departure_time TIME         NOT NULL,
    position       INT          NOT NULL DEFAULT 0,
    version        INT          NOT NULL DEFAULT 0,
    created_at     TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_itinerary_name UNIQUE (event_id, name),
    CONSTRAINT uk_itinerary_colour UNIQUE (event_id, colour),
    CONSTRAINT fk_itinerary_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT ck_itinerary_colour CHECK (colour IN ('GREEN', 'PINK', 'BLUE', 'ORANGE', 'PURPLE', 'YELLOW', 'RED',
                                                     'TEAL', 'BROWN', 'GREY')),
    CONSTRAINT ck_itinerary_capacity CHECK (capacity IS NULL OR capacity >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE itinerary_guide (
    itinerary_id BIGINT NOT NULL,
    person_id    BIGINT NOT NULL,
    position     INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (itinerary_id, person_id),
    CONSTRAINT fk_itinerary_guide_itinerary FOREIGN KEY (itinerary_id) REFERENCES itinerary (id) ON DELETE CASCADE,
    CONSTRAINT fk_itinerary_guide_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A stop of an itinerary. walk_minutes_before overrides the event's default walking time from the
-- previous stop (or from the departure point for the first stop).
CREATE TABLE itinerary_stop (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    itinerary_id        BIGINT       NOT NULL,
    position            INT          NOT NULL DEFAULT 0,
    place_id            BIGINT       NOT NULL,
    theme               VARCHAR(300),
    duration_minutes    INT          NOT NULL DEFAULT 20,
    walk_minutes_before INT,
    version             INT          NOT NULL DEFAULT 0,
    created_at          TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at          TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_itinerary_stop_itinerary FOREIGN KEY (itinerary_id) REFERENCES itinerary (id) ON DELETE CASCADE,
    CONSTRAINT fk_itinerary_stop_place FOREIGN KEY (place_id) REFERENCES place (id),
    CONSTRAINT ck_itinerary_stop_duration CHECK (duration_minutes BETWEEN 1 AND 600),
    CONSTRAINT ck_itinerary_stop_walk CHECK (walk_minutes_before IS NULL OR walk_minutes_before BETWEEN 0 AND 240)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE stop_speaker (
    stop_id   BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    position  INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (stop_id, person_id),
    CONSTRAINT fk_stop_speaker_stop FOREIGN KEY (stop_id) REFERENCES itinerary_stop (id) ON DELETE CASCADE,
    CONSTRAINT fk_stop_speaker_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE workshop (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id          BIGINT       NOT NULL,
    position          INT          NOT NULL DEFAULT 0,
    title             VARCHAR(300) NOT NULL,
    guiding_questions TEXT,
    objectives        TEXT,
    room              VARCHAR(200),
    capacity          INT,
    version           INT          NOT NULL DEFAULT 0,
    created_at        TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at        TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_workshop_title UNIQUE (event_id, title),
    CONSTRAINT fk_workshop_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT ck_workshop_capacity CHECK (capacity IS NULL OR capacity >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE workshop_facilitator (
    workshop_id BIGINT NOT NULL,
    account_id  BIGINT NOT NULL,
    PRIMARY KEY (workshop_id, account_id),
    CONSTRAINT fk_workshop_facilitator_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id) ON DELETE CASCADE,
    CONSTRAINT fk_workshop_facilitator_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The library of inspiring initiatives, reused across events.
CREATE TABLE initiative (
    id                      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title                   VARCHAR(500) NOT NULL,
    porteur_organisation_id BIGINT,
    acts_on                 VARCHAR(200),
    territory               VARCHAR(500),
    description             MEDIUMTEXT,
    version                 INT          NOT NULL DEFAULT 0,
    created_at              TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at              TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_initiative_title UNIQUE (title),
    CONSTRAINT fk_initiative_porteur FOREIGN KEY (porteur_organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A workshop's recueil d'initiatives inspirantes.
CREATE TABLE workshop_initiative (
    workshop_id   BIGINT NOT NULL,
    initiative_id BIGINT NOT NULL,
    position      INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (workshop_id, initiative_id),
    CONSTRAINT fk_workshop_initiative_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id) ON DELETE CASCADE,
    CONSTRAINT fk_workshop_initiative_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE chantier_sheet (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    workshop_id           BIGINT       NOT NULL,
    group_name            VARCHAR(200) NOT NULL,
    enjeu                 TEXT,
    key_title             VARCHAR(500),
    objectives            TEXT,
    actions               TEXT,
    governance_lead       TEXT,
    governance_doers      TEXT,
    governance_associated TEXT,
    resources             TEXT,
    obstacles             TEXT,
    feasibility           VARCHAR(10)  NOT NULL DEFAULT 'UNKNOWN',
    key_chantier          BOOLEAN      NOT NULL DEFAULT FALSE,
    authors               VARCHAR(1000),
    last_editor_id        BIGINT,
    version               INT          NOT NULL DEFAULT 0,
    created_at            TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at            TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_chantier_sheet_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id) ON DELETE CASCADE,
    CONSTRAINT fk_chantier_sheet_editor FOREIGN KEY (last_editor_id) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT ck_chantier_sheet_feasibility CHECK (feasibility IN ('GREEN', 'ORANGE', 'RED', 'UNKNOWN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every saved version of a sheet, for its history and restoring an old version.
CREATE TABLE chantier_sheet_revision (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sheet_id     BIGINT       NOT NULL,
    version      INT          NOT NULL,
    content      MEDIUMTEXT   NOT NULL,
    edited_by_id BIGINT,
    created_at   TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_chantier_sheet_revision UNIQUE (sheet_id, version),
    CONSTRAINT fk_chantier_sheet_revision_sheet FOREIGN KEY (sheet_id) REFERENCES chantier_sheet (id) ON DELETE CASCADE,
    CONSTRAINT fk_chantier_sheet_revision_editor FOREIGN KEY (edited_by_id) REFERENCES account (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE registration (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id              BIGINT       NOT NULL,
    token                 VARCHAR(64)  NOT NULL,
    first_name            VARCHAR(100) NOT NULL,
    last_name             VARCHAR(100) NOT NULL,
    email                 VARCHAR(254) NOT NULL,
    phone                 VARCHAR(40),
    organisation_name     VARCHAR(300),
    function_title        VARCHAR(300),
    territory             VARCHAR(300),
    preferred_itinerary_id BIGINT,
    preferred_workshop_id BIGINT,
    assigned_itinerary_id BIGINT,
    assigned_workshop_id  BIGINT,
    lunch                 BOOLEAN      NOT NULL DEFAULT FALSE,
    dietary_needs         VARCHAR(1000),
    accessibility_needs   VARCHAR(1000),
    consent_data          BOOLEAN      NOT NULL,
    consent_photos        BOOLEAN      NOT NULL DEFAULT FALSE,
    status                VARCHAR(20)  NOT NULL,
    language              VARCHAR(10)  NOT NULL DEFAULT 'fr',
    waitlisted_at         TIMESTAMP(6) NULL,
    checked_in_at         TIMESTAMP(6) NULL,
    cancelled_at          TIMESTAMP(6) NULL,
    version               INT          NOT NULL DEFAULT 0,
    created_at            TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at            TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_registration_token UNIQUE (token),
    CONSTRAINT uk_registration_email UNIQUE (event_id, email),
    CONSTRAINT fk_registration_event FOREIGN KEY (event_id) REFERENCES event (id),
    CONSTRAINT fk_registration_pref_itinerary FOREIGN KEY (preferred_itinerary_id) REFERENCES itinerary (id) ON DELETE SET NULL,
    CONSTRAINT fk_registration_pref_workshop FOREIGN KEY (preferred_workshop_id) REFERENCES workshop (id) ON DELETE SET NULL,
    CONSTRAINT fk_registration_itinerary FOREIGN KEY (assigned_itinerary_id) REFERENCES itinerary (id) ON DELETE SET NULL,
    CONSTRAINT fk_registration_workshop FOREIGN KEY (assigned_workshop_id) REFERENCES workshop (id) ON DELETE SET NULL,
    CONSTRAINT ck_registration_status CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    CONSTRAINT ck_registration_consent CHECK (consent_data = TRUE),
    CONSTRAINT ck_registration_language CHECK (language IN ('fr', 'en')),
    CONSTRAINT ck_registration_token CHECK (CHAR_LENGTH(token) >= 22)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every e-mail goes through here first: sent after commit and retried, or read by organisers in the
-- UI when no SMTP server is configured.
CREATE TABLE mail_outbox (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient            VARCHAR(254) NOT NULL,
    subject              VARCHAR(500) NOT NULL,
    body_text            MEDIUMTEXT   NOT NULL,
    body_html            MEDIUMTEXT,
    attachment_name      VARCHAR(200),
    attachment_type      VARCHAR(100),
    attachment           MEDIUMBLOB,
    status               VARCHAR(20)  NOT NULL DEFAULT 'PENDING',
    attempts             INT          NOT NULL DEFAULT 0,
    last_error           VARCHAR(2000),
    next_attempt_at      TIMESTAMP(6) NULL,
    sent_at              TIMESTAMP(6) NULL,
    event_id             BIGINT,
    registration_id      BIGINT,
    created_at           TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at           TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_mail_outbox_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE SET NULL,
    CONSTRAINT fk_mail_outbox_registration FOREIGN KEY (registration_id) REFERENCES registration (id) ON DELETE SET NULL,
    CONSTRAINT ck_mail_outbox_status CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'KEPT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Financement: funders of an event (or of the programme it belongs to), rate and amount.
CREATE TABLE funder (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id        BIGINT         NOT NULL,
    organisation_id BIGINT,
    name            VARCHAR(300)   NOT NULL,
    programme_label VARCHAR(300),
    rate_percent    DECIMAL(5, 2),
    amount          DECIMAL(12, 2) NOT NULL DEFAULT 0,
    self_financing  BOOLEAN        NOT NULL DEFAULT FALSE,
    position        INT            NOT NULL DEFAULT 0,
    version         INT            NOT NULL DEFAULT 0,
    created_at      TIMESTAMP(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at      TIMESTAMP(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_funder_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT fk_funder_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_funder_rate CHECK (rate_percent IS NULL OR (rate_percent BETWEEN 0 AND 100)),
    CONSTRAINT ck_funder_amount CHECK (amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_person_organisation ON person (organisation_id);
CREATE INDEX ix_place_fact_place ON place_fact (place_id, position);
CREATE INDEX ix_event_date ON event (event_date);
CREATE INDEX ix_event_text_event ON event_text (event_id, section, position);
CREATE INDEX ix_programme_item_event ON programme_item (event_id, start_time);
CREATE INDEX ix_itinerary_event ON itinerary (event_id, position);
CREATE INDEX ix_itinerary_stop_itinerary ON itinerary_stop (itinerary_id, position);
CREATE INDEX ix_workshop_event ON workshop (event_id, position);
CREATE INDEX ix_workshop_initiative_position ON workshop_initiative (workshop_id, position);
CREATE INDEX ix_initiative_acts_on ON initiative (acts_on);
CREATE INDEX ix_chantier_sheet_workshop ON chantier_sheet (workshop_id, group_name);
CREATE INDEX ix_registration_event_status ON registration (event_id, status, created_at);
CREATE INDEX ix_registration_itinerary ON registration (assigned_itinerary_id, status);
CREATE INDEX ix_registration_workshop ON registration (assigned_workshop_id, status);
CREATE INDEX ix_registration_name ON registration (event_id, last_name, first_name);
CREATE INDEX ix_mail_outbox_status ON mail_outbox (status, next_attempt_at);
CREATE INDEX ix_funder_event ON funder (event_id, position);
