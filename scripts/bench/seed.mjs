// `npm run bench:seed`: migrates DATABASE_URL, creates the demo site and people when the database is empty
// (by starting the built API once with CONGXA_DEMO=1, which seeds through the publishing core), then adds
// published articles until the site holds BENCH_ARTICLES (default 100,000) of them, across 20 categories.
//
// Each article gets the rows the editorial chain leaves (as the demo seed's `throughTheChain` does): the item
// with its live edition, the edition (published, approved revision, assignee, approver), two revisions
// (`create`, then the `edit` that was approved), six transitions (create, submit, assign, verify, forward,
// approve) — and its search document, built with the API's own code (the article type's `searchDocument`,
// `documentLexemes`, `vocabularyWords` from apps/api/dist), so the search reads what the app would have
// written. Audit-log rows and notifications are not written (the public reads never touch them).
//
// Bulk SQL: one transaction and one round trip per 1,000 articles (see `batchSql`), the next batch generated
// while the database writes the last one; the search's GIN index dropped and built again around a large load,
// then VACUUM ANALYZE. Articles are numbered (slug suffix `-b<n>`) and generated deterministically from their
// number: running again adds only what is missing to reach the target (and says so when nothing is).
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { article, BENCH_CATEGORIES, fieldOfCategory } from './corpus.mjs';
import { apiModule, databaseUrl, freePort, intEnv, requireBuiltApi, requireFromRoot, run, startApi, stopChild, waitForHealth, ROOT } from './lib.mjs';

const BATCH = 1000;
/** Below this many new articles (or a fifth of those there), the GIN index is kept and merged into as rows come. */
const REBUILD_INDEX_FROM = 5000;
const YEARS = 10;
const LOCK_KEY = 0x0c0a_be0c; // pg_advisory_lock: one seeder at a time
/** The search index as migration SearchIndexes creates it, used only if a crashed run left it dropped. */
const GIN_INDEX = 'ix_search_documents_lexemes';
const GIN_FALLBACK = `CREATE INDEX ${GIN_INDEX} ON search_documents USING gin (lexemes) WITH (fastupdate = on, gin_pending_list_limit = 512)`;

/**
 * One batch, sent as one simple-protocol query (one round trip; the rows inlined as a dollar-quoted JSON
 * literal). Items are inserted first without their live edition, then editions, revisions, transitions and
 * search documents, and last the items are pointed at their live edition — so anything the schema derives
 * from the live edition when it is written (a trigger on `live_edition_id`) sees the approved revision.
 */
function batchSql(json, tag, ids) {
  const { siteId, chiefId, deputyId, version } = ids;
  return `
BEGIN;
-- The status columns are guarded by a trigger: only the transition path may write them; this is that path.
SELECT set_config('congxa.transition', 'on', true);
CREATE TEMP TABLE bench_src ON COMMIT DROP AS
  SELECT * FROM jsonb_to_recordset(${tag}${json}${tag}::jsonb) AS x(
    item_id uuid, ed_id uuid, r1_id uuid, r2_id uuid, slug text, author_id uuid, assignee_id uuid,
    t_create timestamptz, t_edit timestamptz, t_submit timestamptz, t_assign timestamptz, t_verify timestamptz,
    t_forward timestamptz, t_publish timestamptz, title text, category_id uuid, field_id uuid, c1 jsonb, c2 jsonb,
    url text, text text, lexemes text);
INSERT INTO content_items (id, site_id, type, slug, author_id, revision, published_at, live_updated_at, parent_id, position, created_at, updated_at)
  SELECT item_id, '${siteId}'::uuid, 'article', slug, author_id, 2, t_publish, t_publish, NULL, 0, t_create, t_publish FROM bench_src;
WITH editions AS (
  INSERT INTO content_editions (id, item_id, site_id, number, status, author_id, assignee_id, no_secret_confirmed, submitted_at,
                                head_revision_id, approved_revision_id, approved_by_id, approved_at, publish_at, unpublish_at, created_at, updated_at)
  SELECT ed_id, item_id, '${siteId}'::uuid, 1, 'published', author_id, assignee_id, true, t_submit, r2_id, r2_id, '${chiefId}'::uuid, t_publish, NULL, NULL, t_create, t_publish
    FROM bench_src
), revisions AS (
  INSERT INTO content_revisions (id, item_id, edition_id, site_id, number, reason, created_by_id, title, category_id, field_id, cover_media_id, content, created_at)
  SELECT r1_id, item_id, ed_id, '${siteId}'::uuid, 1, 'create', author_id, title, NULL::uuid, NULL::uuid, NULL::uuid, c1, t_create FROM bench_src
  UNION ALL
  SELECT r2_id, item_id, ed_id, '${siteId}'::uuid, 2, 'edit', author_id, title, category_id, field_id, NULL::uuid, c2, t_edit FROM bench_src
), transitions AS (
  INSERT INTO content_transitions (item_id, edition_id, site_id, edition_number, action, side, from_state, to_state, actor_id,
                                   system_actor, note, revision_number, details, created_at)
  SELECT s.item_id, s.ed_id, '${siteId}'::uuid, 1, m.action, 'edition', m.from_state, m.to_state, m.actor_id, NULL, NULL, m.rev, m.details, m.at
    FROM bench_src s CROSS JOIN LATERAL (VALUES
      ('create', 'none', 'draft', s.author_id, 1, '{}'::jsonb, s.t_create),
      ('submit', 'draft', 'submitted', s.author_id, 2, '{}'::jsonb, s.t_submit),
      ('assign', 'submitted', 'in_review', '${deputyId}'::uuid, 2, jsonb_build_object('assigneeId', s.assignee_id, 'previousAssigneeId', NULL), s.t_assign),
      ('verify', 'in_review', 'verified', s.assignee_id, 2, '{}'::jsonb, s.t_verify),
      ('forward', 'verified', 'pending_approval', '${deputyId}'::uuid, 2, '{}'::jsonb, s.t_forward),
      ('approve', 'pending_approval', 'published', '${chiefId}'::uuid, 2, '{}'::jsonb, s.t_publish)
    ) AS m(action, from_state, to_state, actor_id, rev, details, at)
)
INSERT INTO search_documents (item_id, site_id, type, slug, url, title, text, lexemes, published_at, updated_at, version)
  SELECT item_id, '${siteId}'::uuid, 'article', slug, url, title, text, array_to_tsvector(string_to_array(lexemes, ' ')), t_publish, t_publish, ${Number(version)}
    FROM bench_src;
UPDATE content_items i SET current_edition_id = s.ed_id, live_edition_id = s.ed_id, live_status = 'published'
  FROM bench_src s WHERE i.id = s.item_id;
COMMIT;`;
}

const fmt = (n) => n.toLocaleString('en-US');
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Seed `databaseUrl` up to `target` bench articles. Returns what it did. */
export async function seed({ url, target, log = console.log }) {
  const started = performance.now();
  requireBuiltApi();
  const pg = requireFromRoot('pg');
  // The API's modules carry decorators that read metadata when they load.
  requireFromRoot('reflect-metadata');
  const { DEMO_SITE, DEMO_ACCOUNTS } = apiModule('modules/demo/demo-content.js');
  const { ARTICLE_TYPE } = apiModule('modules/articles/article.type.js');
  const { contentOf, revisionColumns } = apiModule('modules/publishing/content-values.js');
  const { documentLexemes, foldWord, vocabularyWords } = apiModule('modules/search/search-text.js');
  const { SEARCH_FORMAT_VERSION } = apiModule('modules/search/search-index.service.js');
  const { defaultContent } = requireFromRoot('@congxa/shared/content');
  const { slugify } = requireFromRoot('@congxa/shared/text');
  const schema = ARTICLE_TYPE.schema;

  log('bench:seed: migrating (node apps/api/dist/cli.js migrate)');
  await run(process.execPath, ['apps/api/dist/cli.js', 'migrate'], { DATABASE_URL: url });

  const client = new pg.Client({ connectionString: url, application_name: 'congxa-bench-seed' });
  await client.connect();
  const q = async (sql, params) => (await client.query(sql, params)).rows;
  try {
    const [locale] = await q(`SELECT datctype FROM pg_database WHERE datname = current_database()`);
    if (!/utf-?8/i.test(locale.datctype)) log(`warning: the database's LC_CTYPE is ${locale.datctype}; lower(), ILIKE and trigrams need a UTF-8 locale`);

    // The demo site and people: seeded by the app itself on an empty database.
    let [site] = await q(`SELECT id FROM sites WHERE slug = $1`, [DEMO_SITE.slug]);
    if (!site) {
      const [{ users, sites }] = await q(`SELECT (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM sites) AS sites`);
      if (users || sites) {
        throw new Error(`the database has ${users} users and ${sites} sites but no demo site "${DEMO_SITE.slug}": use an empty database for the benchmark`);
      }
      log('bench:seed: creating the demo site and people (the built API with CONGXA_DEMO=1, once)');
      const port = await freePort();
      const app = startApi({
        port,
        env: { DATABASE_URL: url, CONGXA_DEMO: '1', CONGXA_SERVE_APPS: '0', CONGXA_SCHEDULER_INTERVAL_MS: '0', LOG_LEVEL: 'warn' },
      });
      try {
        await waitForHealth(app, port, 120_000);
      } finally {
        await stopChild(app);
      }
      [site] = await q(`SELECT id FROM sites WHERE slug = $1`, [DEMO_SITE.slug]);
      if (!site) throw new Error('the API started but did not create the demo site');
    }
    const siteId = site.id;

    const users = new Map(
      (await q(`SELECT id, email, full_name FROM users WHERE email = ANY($1)`, [DEMO_ACCOUNTS.map((a) => a.email)])).map((u) => [u.email, u]),
    );
    const need = (email) => {
      const u = users.get(email);
      if (!u) throw new Error(`demo account ${email} is missing`);
      return u;
    };
    const chief = need('chief@demo.local');
    const deputy = need('deputy@demo.local');
    // Who writes, and who verifies, by field (as the demo accounts' fields say).
    const writers = {
      'Kinh tế': [need('contributor@demo.local'), need('editor@demo.local')],
      'Văn hóa - Xã hội': [need('editor2@demo.local'), need('contributor2@demo.local')],
      'Quốc phòng - An ninh': [need('deputy@demo.local'), need('contributor@demo.local')],
    };
    const verifiers = { 'Kinh tế': need('editor@demo.local'), 'Văn hóa - Xã hội': need('editor2@demo.local'), 'Quốc phòng - An ninh': deputy };

    const fields = new Map((await q(`SELECT id, name FROM fields WHERE site_id = $1`, [siteId])).map((f) => [f.name, f.id]));
    for (const name of Object.keys(writers)) if (!fields.has(name)) throw new Error(`demo field "${name}" is missing`);

    const categories = await ensureCategories(q, siteId, slugify);

    await q(`SELECT pg_advisory_lock($1)`, [LOCK_KEY]);
    const [have] = await q(
      `SELECT count(*)::int AS n, coalesce(max(substring(slug from '-b([0-9]+)$')::int), 0) AS last
         FROM content_items WHERE site_id = $1 AND type = 'article' AND slug ~ '-b[0-9]+$'`,
      [siteId],
    );
    const toAdd = Math.max(0, target - have.n);
    const [ginNow] = await q(`SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname = $1`, [GIN_INDEX]);
    if (toAdd === 0) {
      if (!ginNow) await buildGin(q, GIN_FALLBACK, log);
      log(`bench:seed: already seeded — ${fmt(have.n)} bench articles (target ${fmt(target)}); nothing to add.`);
      return { added: 0, total: have.n, ms: performance.now() - started };
    }
    log(`bench:seed: ${fmt(have.n)} bench articles present; adding ${fmt(toAdd)} (articles ${have.last + 1}…${have.last + toAdd})`);

    const ginDef = ginNow?.indexdef ?? GIN_FALLBACK;
    const rebuild = toAdd >= Math.max(REBUILD_INDEX_FROM, have.n / 5) || !ginNow;
    if (rebuild && ginNow) {
      log(`bench:seed: dropping ${GIN_INDEX} for the bulk load (built again at the end)`);
      await q(`DROP INDEX ${GIN_INDEX}`);
    }
    await q(`SET synchronous_commit = off`);

    // Articles are spread over YEARS, newest first; they stay older than anything published by hand.
    const now = Date.now();
    const step = (YEARS * 365.25 * 86400e3) / Math.max(target, 1);
    // The vocabulary (what `vocabularyWords` gives for each document) is the document's folded single-word
    // lexemes of two characters or more that are not bare numbers: read off the lexemes, each lexeme judged once.
    const vocabulary = new Set();
    const judged = new Set();
    const addVocabulary = (lexemes) => {
      for (const l of lexemes) {
        if (judged.has(l)) continue;
        judged.add(l);
        if (!l.includes('_') && !l.includes(':') && foldWord(l) === l && vocabularyWords(l).length === 1) vocabulary.add(l);
      }
    };
    const defaults = defaultContent(schema);

    const build = (n) => {
      const jitter = ((n * 7919) % 1000) / 1000;
      const published = new Date(now - 3600e3 - (n - 1 + jitter) * step);
      const a = article(n, published.getUTCFullYear());
      const field = fieldOfCategory(a.category);
      const author = writers[field][n % 2];
      const verifier = verifiers[field];
      // The chain's moments, backwards from the approval.
      const minutes = (k) => k * 60e3;
      const tForward = new Date(published - minutes(5 + (n % 240)));
      const tVerify = new Date(tForward - minutes(10 + (n % 600)));
      const tAssign = new Date(tVerify - minutes(10 + (n % 300)));
      const tSubmit = new Date(tAssign - minutes(2 + (n % 120)));
      const tEdit = new Date(tSubmit - minutes(1 + (n % 30)));
      const tCreate = new Date(tEdit - minutes(5 + (n % 180)));
      const authorName = author.full_name;
      const full = {
        ...defaults,
        title: a.title,
        summary: a.summary,
        body: a.body,
        kind: a.kind,
        tags: a.tags,
        featured: a.featured,
        categoryId: categories.get(a.category),
        fieldId: fields.get(field),
        authorName,
        authorAddress: 'Văn phòng Ủy ban nhân dân xã Ân Hảo Đông',
      };
      const first = revisionColumns(schema, { ...defaults, title: a.title, authorName });
      const approved = revisionColumns(schema, full);
      const slug = `${slugify(a.title, 140).replace(/-+$/, '')}-b${n}`;
      const doc = ARTICLE_TYPE.searchDocument({ item: { slug }, content: contentOf(schema, approved) });
      const lexemes = documentLexemes(doc.title, doc.text, published);
      addVocabulary(lexemes);
      return {
        item_id: randomUUID(),
        ed_id: randomUUID(),
        r1_id: randomUUID(),
        r2_id: randomUUID(),
        slug,
        author_id: author.id,
        assignee_id: verifier.id,
        t_create: tCreate,
        t_edit: tEdit,
        t_submit: tSubmit,
        t_assign: tAssign,
        t_verify: tVerify,
        t_forward: tForward,
        t_publish: published,
        title: approved.title,
        category_id: approved.categoryId,
        field_id: approved.fieldId,
        c1: first.content,
        c2: approved.content,
        url: doc.path,
        text: doc.text,
        lexemes: lexemes.join(' '),
      };
    };
    const payload = (from, count) => {
      const rows = [];
      for (let n = from; n < from + count; n++) rows.push(build(n));
      return { json: JSON.stringify(rows), count };
    };
    const ids = { siteId, chiefId: chief.id, deputyId: deputy.id, version: SEARCH_FORMAT_VERSION };
    for (const id of [siteId, chief.id, deputy.id]) if (!/^[0-9a-f-]{36}$/i.test(id)) throw new Error(`unexpected id ${id}`);
    const insert = async (rows) => {
      let tag = '$bench$';
      for (let i = 0; rows.json.includes(tag); i++) tag = `$bench${i}$`;
      try {
        await client.query(batchSql(rows.json, tag, ids));
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      }
      return rows.count;
    };

    const loadStarted = performance.now();
    let done = 0;
    let next = have.last + 1;
    const last = have.last + toAdd;
    let json = payload(next, Math.min(BATCH, last - next + 1));
    let lastLog = 0;
    while (json) {
      const count = Math.min(BATCH, last - next + 1);
      const pending = insert(json);
      next += count;
      // Build the next batch while the database writes this one.
      json = next <= last ? payload(next, Math.min(BATCH, last - next + 1)) : null;
      done += await pending;
      if (done - lastLog >= 10_000 || done === toAdd) {
        lastLog = done;
        const rate = done / ((performance.now() - loadStarted) / 1000);
        log(`  ${fmt(done)} / ${fmt(toAdd)} articles (${fmt(Math.round(rate))}/s)`);
      }
    }

    const words = [...vocabulary];
    for (let i = 0; i < words.length; i += 10_000) {
      await q(`INSERT INTO search_words (word) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [words.slice(i, i + 10_000)]);
    }
    log(
      `bench:seed: ${fmt(done)} articles and their search documents written in ${seconds(performance.now() - loadStarted)}; vocabulary ${fmt(words.length)} words`,
    );

    if (rebuild) await buildGin(q, ginDef, log);
    const analyzeStarted = performance.now();
    await q(`VACUUM (ANALYZE) content_items, content_editions, content_revisions, content_transitions, search_documents, search_words`);
    log(`bench:seed: VACUUM ANALYZE in ${seconds(performance.now() - analyzeStarted)}`);
    const ms = performance.now() - started;
    log(`bench:seed: done — ${fmt(have.n + done)} bench articles in the demo site; this run took ${seconds(ms)}`);
    return { added: done, total: have.n + done, ms };
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function buildGin(q, def, log) {
  const t = performance.now();
  log(`bench:seed: building ${GIN_INDEX}`);
  await q(`SET maintenance_work_mem = '512MB'`);
  await q(def);
  await q(`RESET maintenance_work_mem`);
  log(`bench:seed: ${GIN_INDEX} built in ${seconds(performance.now() - t)}`);
}

/**
 * The 20 categories (BENCH_CATEGORIES), created when missing the way the demo fixtures create theirs (a row
 * per category; the parents first). Returns name → id.
 */
async function ensureCategories(q, siteId, slugify) {
  const load = async () => new Map((await q(`SELECT id, name, parent_id FROM categories WHERE site_id = $1`, [siteId])).map((c) => [c.name, c]));
  let byName = await load();
  const parents = [...new Set(BENCH_CATEGORIES.map(([, parent]) => parent).filter(Boolean))];
  for (const [name, parent] of [...parents.map((p) => [p, null]), ...BENCH_CATEGORIES]) {
    if (byName.has(name)) continue;
    const parentId = parent ? byName.get(parent).id : null;
    const [row] = await q(
      `INSERT INTO categories (site_id, parent_id, name, slug, position)
       SELECT $1, $2::uuid, $3, $4, coalesce(max(position) + 1, 0) FROM categories WHERE site_id = $1 AND parent_id IS NOT DISTINCT FROM $2::uuid
       RETURNING id, name, parent_id`,
      [siteId, parentId, name, slugify(name)],
    );
    byName.set(name, row);
  }
  byName = await load();
  return new Map(BENCH_CATEGORIES.map(([name]) => [name, byName.get(name).id]));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const url = databaseUrl();
  process.chdir(ROOT);
  seed({ url, target: intEnv('BENCH_ARTICLES', 100_000) }).then(
    () => process.exit(0),
    (err) => {
      console.error(`bench:seed failed: ${err instanceof Error ? err.message : err}`);
      process.exit(1);
    },
  );
}
