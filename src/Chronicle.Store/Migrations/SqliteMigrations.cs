namespace Chronicle.Store.Migrations;

/// <summary>The SQLite schema, version by version. Never edit a released step: add a new one.</summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "articles, entities, quotes, events, dates", """
            CREATE TABLE articles (
                id TEXT PRIMARY KEY, title TEXT, published TEXT, source TEXT, language TEXT NOT NULL,
                body TEXT NOT NULL, dateline TEXT, record TEXT NOT NULL, ingested_at TEXT NOT NULL);
            CREATE TABLE entities (
                article_id TEXT NOT NULL, idx INTEGER NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,
                country TEXT, actor TEXT, role TEXT, aliases TEXT NOT NULL, mentions INTEGER NOT NULL,
                PRIMARY KEY (article_id, idx));
            CREATE INDEX entities_name ON entities (name);
            CREATE INDEX entities_actor ON entities (actor);
            CREATE TABLE quotes (
                article_id TEXT NOT NULL, idx INTEGER NOT NULL, speaker TEXT, text TEXT NOT NULL,
                direct INTEGER NOT NULL, cue TEXT, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
                UNIQUE (article_id, idx));
            CREATE INDEX quotes_speaker ON quotes (speaker);
            CREATE TABLE events (
                id INTEGER PRIMARY KEY, article_id TEXT NOT NULL, idx INTEGER NOT NULL,
                source TEXT, source_country TEXT, source_name TEXT, event_type TEXT NOT NULL, mode TEXT, context TEXT,
                cameo TEXT, goldstein REAL NOT NULL, quad INTEGER NOT NULL,
                target TEXT, target_country TEXT, target_name TEXT, modality TEXT NOT NULL, date TEXT, location TEXT,
                evidence TEXT NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, mentions INTEGER NOT NULL,
                story_key_base TEXT NOT NULL, story_id INTEGER,
                UNIQUE (article_id, idx));
            CREATE INDEX events_dyad ON events (source_country, target_country, date);
            CREATE INDEX events_target ON events (target_country, date);
            CREATE INDEX events_type ON events (event_type, date);
            CREATE INDEX events_date ON events (date);
            CREATE INDEX events_story_key ON events (story_key_base, date);
            CREATE INDEX events_story ON events (story_id);
            CREATE TABLE dates (
                article_id TEXT NOT NULL, idx INTEGER NOT NULL, text TEXT NOT NULL, value TEXT, type TEXT,
                start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, PRIMARY KEY (article_id, idx));
            """),
        new(2, "full-text search over article bodies and quotes (FTS5)", """
            CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body, content = 'articles', content_rowid = 'rowid');
            CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
                INSERT INTO articles_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body);
            END;
            CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
                INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
            END;
            CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
                INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
                INSERT INTO articles_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body);
            END;
            CREATE VIRTUAL TABLE quotes_fts USING fts5 (text, content = 'quotes', content_rowid = 'rowid');
            CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
                INSERT INTO quotes_fts (rowid, text) VALUES (new.rowid, new.text);
            END;
            CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
                INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
            END;
            INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
            INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild');
            """),
        new(3, "stories: reports of one event merged", """
            CREATE TABLE stories (
                id INTEGER PRIMARY KEY, story_key TEXT NOT NULL UNIQUE, key_base TEXT NOT NULL,
                source TEXT, source_country TEXT, source_name TEXT, target TEXT, target_country TEXT, target_name TEXT,
                event_type TEXT NOT NULL, modality TEXT NOT NULL, cameo TEXT, goldstein REAL NOT NULL, quad INTEGER NOT NULL,
                date TEXT, date_last TEXT, location TEXT, mentions INTEGER NOT NULL, articles INTEGER NOT NULL,
                sources INTEGER NOT NULL, first_article_id TEXT NOT NULL, first_source TEXT, evidence TEXT NOT NULL);
            CREATE INDEX stories_key_base ON stories (key_base, date);
            CREATE INDEX stories_dyad ON stories (source_country, target_country, date);
            CREATE INDEX stories_date ON stories (date);
            """),
        new(4, "indexes for filtering events by actor country and type", """
            CREATE INDEX events_source_type ON events (source_country, event_type, date);
            CREATE INDEX events_target_type ON events (target_country, event_type, date);
            """),
        new(5, "indexes for filtering stories by actor country and dates", """
            CREATE INDEX stories_source ON stories (source_country, date);
            CREATE INDEX stories_target ON stories (target_country, date);
            """),
    ];
}
