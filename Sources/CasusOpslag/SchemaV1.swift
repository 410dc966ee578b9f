import Casus

/// The first schema. Formats are kept as the exact YAML text the professional
/// wrote, one row per version; the session's work refers to item ids of the
/// merged timeline, which are recomputed from that text.
enum SchemaV1 {
    static let sql = """
        CREATE TABLE casus (
            id TEXT PRIMARY KEY NOT NULL,
            aangemaakt_op TEXT NOT NULL
        );
        -- One professional's format within a casus, identified by rol + organisatie.
        CREATE TABLE bron (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            casus TEXT NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
            sleutel TEXT NOT NULL,
            rol TEXT NOT NULL,
            organisatie TEXT NOT NULL,
            UNIQUE (casus, sleutel)
        );
        -- Every version ever imported; the newest per bron is the one merged.
        CREATE TABLE format_versie (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            bron INTEGER NOT NULL REFERENCES bron(id) ON DELETE CASCADE,
            versie INTEGER NOT NULL CHECK (versie >= 1),
            bestand TEXT NOT NULL,
            yaml TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            geimporteerd_op TEXT NOT NULL,
            door TEXT NOT NULL,
            UNIQUE (bron, versie)
        );
        -- anker_*: what the item was when annotated, to find it again when its id changes.
        CREATE TABLE annotatie (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            casus TEXT NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
            item TEXT NOT NULL,
            soort TEXT NOT NULL CHECK (soort IN ('smiley', 'sadney')),
            door TEXT NOT NULL,
            thema TEXT,
            toelichting TEXT,
            anker_soort TEXT,
            anker_kenmerk TEXT,
            geplaatst_op TEXT NOT NULL
        );
        CREATE INDEX annotatie_per_casus ON annotatie (casus, id);
        -- The facilitator's corrections of the merge: koppel (items: JSON list) or ontkoppel.
        CREATE TABLE correctie (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            casus TEXT NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
            soort TEXT NOT NULL CHECK (soort IN ('koppel', 'ontkoppel')),
            items TEXT NOT NULL,
            bron TEXT,
            toelichting TEXT,
            door TEXT NOT NULL,
            op TEXT NOT NULL,
            CHECK ((soort = 'ontkoppel') = (bron IS NOT NULL))
        );
        CREATE INDEX correctie_per_casus ON correctie (casus, id);
        CREATE TABLE afspraak (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            casus TEXT NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
            tekst TEXT NOT NULL,
            door TEXT NOT NULL,
            op TEXT NOT NULL
        );
        -- Who did what when. No foreign key: the log outlives what it describes.
        CREATE TABLE logboek (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            op TEXT NOT NULL,
            wie TEXT NOT NULL,
            actie TEXT NOT NULL,
            casus TEXT,
            details TEXT NOT NULL
        );
        CREATE INDEX logboek_per_casus ON logboek (casus, id);
        CREATE TRIGGER logboek_niet_wijzigen BEFORE UPDATE ON logboek
            BEGIN SELECT RAISE(ABORT, 'het logboek kan alleen worden aangevuld'); END;
        CREATE TRIGGER logboek_niet_wissen BEFORE DELETE ON logboek
            BEGIN SELECT RAISE(ABORT, 'het logboek kan alleen worden aangevuld'); END;
        """
}
