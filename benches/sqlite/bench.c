/* sqlite: the large benchmark program.  The SQLite amalgamation (public
 * domain; fetched by benches/sqlite/build.sh, not committed) plus this
 * driver: run() opens an in-memory database, fills tables through prepared
 * statements, builds indexes, runs joins, aggregates, sorts, updates,
 * deletes, a recursive CTE and JSON functions, and returns a hash of the
 * text of every result row.
 *
 * Freestanding: SQLite is built with SQLITE_OS_OTHER, so this file supplies
 * the OS layer (a VFS that only knows in-memory databases, with a fixed
 * clock and deterministic randomness) and the heap (SQLite's own memsys5
 * allocator over a static array).  In wasm the few C library functions
 * SQLite needs come from libc/libc.c; natively from the system's libc. */
#include "sqlite3.h"

typedef unsigned long long u64;

#ifdef __wasm__
#define BENCH_EXPORT __attribute__((export_name("run")))
#else
#define BENCH_EXPORT
#endif

/* ---- OS layer: a VFS with no files ---- */

static int vfs_open(sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *out_flags) {
    (void)vfs; (void)name; (void)flags; (void)out_flags;
    file->pMethods = 0;
    return SQLITE_CANTOPEN;
}
static int vfs_delete(sqlite3_vfs *vfs, const char *name, int sync_dir) {
    (void)vfs; (void)name; (void)sync_dir;
    return SQLITE_OK;
}
static int vfs_access(sqlite3_vfs *vfs, const char *name, int flags, int *res) {
    (void)vfs; (void)name; (void)flags;
    *res = 0;
    return SQLITE_OK;
}
static int vfs_full_pathname(sqlite3_vfs *vfs, const char *name, int n, char *out) {
    (void)vfs;
    int i = 0;
    for (; name[i] && i < n - 1; i++) out[i] = name[i];
    out[i] = 0;
    return SQLITE_OK;
}
static u64 random_state = 0x9E3779B97F4A7C15ULL;
static int vfs_randomness(sqlite3_vfs *vfs, int n, char *out) {
    (void)vfs;
    for (int i = 0; i < n; i++) {
        random_state ^= random_state << 13;
        random_state ^= random_state >> 7;
        random_state ^= random_state << 17;
        out[i] = (char)random_state;
    }
    return n;
}
static int vfs_sleep(sqlite3_vfs *vfs, int micros) {
    (void)vfs;
    return micros;
}
static int vfs_current_time(sqlite3_vfs *vfs, double *julian_day) {
    (void)vfs;
    *julian_day = 2461000.5; /* a fixed instant: results must not depend on the clock */
    return SQLITE_OK;
}
static int vfs_get_last_error(sqlite3_vfs *vfs, int n, char *out) {
    (void)vfs; (void)n; (void)out;
    return 0;
}

static sqlite3_vfs bench_vfs = {
    1, (int)sizeof(sqlite3_file), 256, 0, "bench", 0,
    vfs_open, vfs_delete, vfs_access, vfs_full_pathname,
    0, 0, 0, 0, /* no loadable extensions */
    vfs_randomness, vfs_sleep, vfs_current_time, vfs_get_last_error,
};

int sqlite3_os_init(void) { return sqlite3_vfs_register(&bench_vfs, 1); }
int sqlite3_os_end(void) { return SQLITE_OK; }

/* ---- the workload ---- */

#define HEAP_BYTES (48 << 20)
static u64 heap[HEAP_BYTES / 8];
static int initialised;
static u64 checksum;
static int failed;

static void hash_text(const unsigned char *s) {
    u64 h = checksum ^ 0xCBF29CE484222325ULL;
    if (s)
        for (; *s; s++) h = (h ^ *s) * 0x100000001B3ULL;
    checksum = h * 0x100000001B3ULL;
}

/* Runs every statement in `sql`, hashing each result row's columns as text. */
static void exec(sqlite3 *db, const char *sql) {
    while (sql && *sql && !failed) {
        sqlite3_stmt *stmt = 0;
        const char *tail = 0;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, &tail) != SQLITE_OK) { failed = 1; break; }
        if (!stmt) break; /* only whitespace or comments left */
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            int n = sqlite3_column_count(stmt);
            for (int i = 0; i < n; i++) hash_text(sqlite3_column_text(stmt, i));
        }
        if (rc != SQLITE_DONE) failed = 1;
        sqlite3_finalize(stmt);
        sql = tail;
    }
}

static const char *const words[] = {
    "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
    "india", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa",
};

static void fill(sqlite3 *db, int rows) {
    sqlite3_stmt *ins = 0;
    exec(db, "BEGIN");
    if (sqlite3_prepare_v2(db, "INSERT INTO item(a, b, c) VALUES (?1, ?2 || '-' || ?3, ?4)", -1, &ins, 0)) {
        failed = 1;
        return;
    }
    u64 s = 12345;
    for (int i = 0; i < rows; i++) {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        int a = (int)(s >> 40) % 100000;
        sqlite3_bind_int(ins, 1, a);
        sqlite3_bind_text(ins, 2, words[(s >> 20) & 15], -1, SQLITE_STATIC);
        sqlite3_bind_int(ins, 3, (int)((s >> 8) & 0xFFF));
        sqlite3_bind_double(ins, 4, (double)(s >> 33) / 1024.0);
        if (sqlite3_step(ins) != SQLITE_DONE) failed = 1;
        sqlite3_reset(ins);
    }
    sqlite3_finalize(ins);
    exec(db, "COMMIT");
}

BENCH_EXPORT u64 run(void) {
    if (!initialised) {
        sqlite3_config(SQLITE_CONFIG_HEAP, heap, (int)sizeof(heap), 64);
        if (sqlite3_initialize() != SQLITE_OK) return 1;
        initialised = 1;
    }
    checksum = 0;
    failed = 0;
    random_state = 0x9E3779B97F4A7C15ULL;
    sqlite3 *db = 0;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK) return 2;
    exec(db,
         "CREATE TABLE item(id INTEGER PRIMARY KEY, a INTEGER, b TEXT, c REAL);"
         "CREATE TABLE tag(k INTEGER PRIMARY KEY, name TEXT, weight INTEGER);");
    fill(db, 150000);
    exec(db,
         "INSERT INTO tag SELECT value, 'tag' || value, value * 37 % 101"
         "  FROM (WITH RECURSIVE n(value) AS (SELECT 0 UNION ALL SELECT value + 1 FROM n WHERE value < 999)"
         "        SELECT value FROM n);"
         "CREATE INDEX item_a ON item(a);"
         "CREATE INDEX item_b ON item(b, c);"
         "SELECT count(*), sum(a), sum(length(b)), printf('%.3f', total(c)) FROM item;"
         "SELECT a % 97, count(*), min(b), max(b), printf('%.2f', avg(c)) FROM item GROUP BY a % 97 ORDER BY 1;"
         "SELECT substr(b, 1, instr(b, '-') - 1) AS w, count(*), sum(a) FROM item GROUP BY w ORDER BY 2 DESC, 1;"
         "SELECT b, a FROM item WHERE a BETWEEN 5000 AND 5600 ORDER BY b, a LIMIT 200;"
         "SELECT sum(t.weight * (i.a % 13)), count(*) FROM item i JOIN tag t ON t.k = i.a % 1000 WHERE i.c > 1000.0;"
         "SELECT t.name, count(i.id) FROM tag t LEFT JOIN item i ON i.a = t.k * 100 GROUP BY t.k ORDER BY 2 DESC, 1 LIMIT 40;"
         "UPDATE item SET c = c * 1.5 + 1, b = upper(b) WHERE a % 7 = 0;"
         "DELETE FROM item WHERE a % 11 = 0;"
         "SELECT count(*), sum(a), printf('%.1f', sum(c)) FROM item WHERE b GLOB '[A-Z]*';"
         "SELECT a, b, replace(b, 'a', 'A') FROM item ORDER BY c DESC, id LIMIT 100;"
         "SELECT json_group_array(json_object('k', k, 'n', name)) FROM tag WHERE weight > 90;"
         "SELECT id, a, rank() OVER (PARTITION BY a % 10 ORDER BY c) FROM item WHERE id % 500 = 0 ORDER BY id;"
         "SELECT count(DISTINCT b), hex(sum(a * 31 % 1000)) FROM item;");
    for (int q = 0; q < 300 && !failed; q++) {
        char sql[160];
        sqlite3_snprintf(sizeof(sql), sql,
                         "SELECT count(*), sum(c) FROM item WHERE a BETWEEN %d AND %d;"
                         "SELECT max(a) FROM item WHERE b >= 'hotel-%d';",
                         q * 311 % 100000, q * 311 % 100000 + 400, q % 4096);
        exec(db, sql);
    }
    sqlite3_close(db);
    return failed ? 3 : checksum;
}
