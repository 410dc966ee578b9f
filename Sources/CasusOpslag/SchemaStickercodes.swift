import Casus

/// Migration 003-stickercodes: sticker codes (`G12`) once given to an item of a casus. A
/// printed wall must keep matching, so a code is never renumbered; the anker
/// lets it follow its item when a re-import changes the item's id.
enum SchemaStickercodes {
    static let sql = """
        CREATE TABLE stickercode (
            casus TEXT NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            item TEXT NOT NULL,
            anker_soort TEXT,
            anker_kenmerk TEXT,
            gegeven_op TEXT NOT NULL,
            PRIMARY KEY (casus, code)
        );
        """
}
