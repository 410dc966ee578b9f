import Casus
/// Migration 004: the whole session of sessie/2 (sessie.md). Participants get
/// their own table (the JSON list of 002 is moved into it and emptied); the
/// family additions, kies, visie and evaluation are new; agreements gain
/// who, when, items and status. Lists keep their order by row id.
enum SchemaHeleSessie {
    static let sql = """
        CREATE TABLE deelnemer (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            casus TEXT NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
            -- The deelnemer id of sessie.yaml (p1); NULL for a plain role.
            sleutel TEXT,
            rol TEXT NOT NULL,
            organisatie TEXT,
            naam TEXT,
            check_in TEXT,
            UNIQUE (casus, sleutel)
        );
        INSERT INTO deelnemer (casus, rol)
            SELECT g.casus, j.value FROM sessie_gegevens g, json_each(g.deelnemers) j
            WHERE trim(j.value) <> '' ORDER BY g.casus, j.key;
        UPDATE sessie_gegevens SET deelnemers = '[]';
        CREATE TABLE gezinslid_aanvulling (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            casus TEXT NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
            gezinslid TEXT NOT NULL,
            eigenheid TEXT,
            blij_van TEXT,
            mechanisme TEXT,
            door TEXT,
            op TEXT NOT NULL
        );
        CREATE TABLE keuze (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            casus TEXT NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
            item TEXT NOT NULL,
            veld TEXT NOT NULL,
            bron TEXT,
            tekst TEXT,
            door TEXT NOT NULL,
            op TEXT NOT NULL,
            UNIQUE (casus, item, veld),
            CHECK ((bron IS NULL) <> (tekst IS NULL))
        );
        CREATE TABLE visie (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            casus TEXT NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
            principe INTEGER NOT NULL CHECK (principe BETWEEN 1 AND 8),
            oordeel TEXT NOT NULL CHECK (oordeel IN ('wel', 'deels', 'niet', 'onbekend')),
            toelichting TEXT,
            had_kunnen TEXT,
            -- JSON list of item ids.
            items TEXT NOT NULL DEFAULT '[]',
            door TEXT NOT NULL,
            op TEXT NOT NULL,
            UNIQUE (casus, principe)
        );
        ALTER TABLE afspraak ADD COLUMN wie TEXT;
        -- As written; read again by DatumParser.
        ALTER TABLE afspraak ADD COLUMN wanneer TEXT;
        ALTER TABLE afspraak ADD COLUMN items TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE afspraak ADD COLUMN status TEXT CHECK (status IN ('open', 'gedaan'));
        CREATE TABLE evaluatie (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            casus TEXT NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
            door TEXT NOT NULL,
            tekst TEXT NOT NULL,
            op TEXT NOT NULL
        );
        """
}
