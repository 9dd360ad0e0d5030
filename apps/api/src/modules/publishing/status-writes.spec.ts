import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as ts from 'typescript';

/**
 * A status is written in one place (style.md rule 14): TransitionService's move() through the repository's
 * two setters, and insertEdition for the create/open moves. This scans every source file of the API
 * (tests and migrations excepted) for anything that writes a status column of the publishing core:
 * - an assignment to `.status` / `.liveStatus` (also `x['status'] = …`);
 * - a `status` / `liveStatus` / `live_status` property inside the arguments of a write call (`update`,
 *   `save`, `insert…`, `create`, `set`, `values`, `merge`, `upsert…`, `Object.assign`, …);
 * - a call of `setEditionStatus` / `setItemStatus`;
 * - SQL that updates `content_editions.status` or `content_items.live_status`, or inserts editions (every
 *   edition row carries a status) or an item with a live status.
 * The database refuses such writes at run time too (see transition.int-spec.ts); this test names the line.
 */

const SRC = join(__dirname, '..', '..');

const STATUS_PROPS = new Set(['status', 'liveStatus', 'live_status']);
const WRITE_CALL = /^(update|save|insert|upsert|create|merge|preload|set|values|assign)$|^(update|save|insert|upsert)[A-Z]/;
const SETTERS = new Set(['setEditionStatus', 'setItemStatus']);

interface StatusWrite {
  file: string;
  line: number;
  /** The enclosing function or method. */
  method: string | null;
  kind: 'assignment' | 'property' | 'setter-call' | 'sql';
  /** The property written, or the SQL's column. */
  column: string;
  text: string;
}

function sqlWrites(sql: string): string[] {
  const found: string[] = [];
  const update = /\bupdate\s+"?(content_editions|content_items)"?(?:\s+(?:as\s+)?(?!set\b)\w+)?\s+set\s+([\s\S]*?)(?=\bwhere\b|\breturning\b|\bfrom\b|$)/gi;
  for (const m of sql.matchAll(update)) {
    const column = m[1] === 'content_editions' ? 'status' : 'live_status';
    if (new RegExp(`(^|[\\s,."])${column}"?\\s*=`, 'i').test(m[2]!)) found.push(`${m[1]}.${column}`);
  }
  if (/\binsert\s+into\s+"?content_editions"?/i.test(sql)) found.push('content_editions.status');
  const insertItem = /\binsert\s+into\s+"?content_items"?\s*\(([^)]*)\)/i.exec(sql);
  if (insertItem && /\blive_status\b/i.test(insertItem[1]!)) found.push('content_items.live_status');
  return found;
}

const propName = (name: ts.PropertyName | ts.Expression | undefined): string | null =>
  name && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) ? name.text : null;

function calleeName(call: ts.CallExpression): string | null {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return null;
}

function enclosingMethod(node: ts.Node): string | null {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if ((ts.isMethodDeclaration(n) || ts.isFunctionDeclaration(n)) && n.name) return propName(n.name);
    if (
      ts.isVariableDeclaration(n) &&
      ts.isIdentifier(n.name) &&
      n.initializer &&
      (ts.isArrowFunction(n.initializer) || ts.isFunctionExpression(n.initializer))
    )
      return n.name.text;
  }
  return null;
}

/** The write call whose arguments hold `node`, if any (through nested object literals, spreads and calls like `repo.create`). */
function insideWriteCall(node: ts.Node): boolean {
  for (let n: ts.Node = node; n.parent; n = n.parent) {
    const p = n.parent;
    if (ts.isCallExpression(p) && p.arguments.includes(n as ts.Expression)) {
      const name = calleeName(p);
      if (name && WRITE_CALL.test(name)) return true;
    }
    if (ts.isBlock(p) || ts.isSourceFile(p)) return false;
  }
  return false;
}

/** Every status write in one source text. */
function statusWrites(file: string, source: string): StatusWrite[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: StatusWrite[] = [];
  const add = (node: ts.Node, kind: StatusWrite['kind'], column: string) =>
    out.push({
      file,
      line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
      method: enclosingMethod(node),
      kind,
      column,
      text: node.getText(sf).split('\n')[0]!.slice(0, 160),
    });
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
      const left = node.left;
      const name = ts.isPropertyAccessExpression(left) ? left.name.text : ts.isElementAccessExpression(left) ? propName(left.argumentExpression) : null;
      if (name && STATUS_PROPS.has(name)) add(node, 'assignment', name);
    }
    if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && ts.isObjectLiteralExpression(node.parent)) {
      const name = propName(node.name);
      if (name && STATUS_PROPS.has(name) && insideWriteCall(node.parent)) add(node, 'property', name);
    }
    if (ts.isCallExpression(node)) {
      const name = calleeName(node);
      if (name && SETTERS.has(name)) add(node, 'setter-call', name);
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      const sql = ts.isTemplateExpression(node) ? node.getText(sf) : node.text;
      for (const column of sqlWrites(sql)) add(node, 'sql', column);
      if (ts.isTemplateExpression(node)) return; // its spans are part of the text already
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Where a status may be written. */
function allowed(w: StatusWrite): boolean {
  if (w.file === 'modules/publishing/transition.service.ts') return true;
  if (w.file === 'modules/publishing/publishing.repository.ts') {
    if (w.method === 'setEditionStatus' || w.method === 'setItemStatus' || w.method === 'insertEdition') return true;
    // A new item is not live: its live status starts (explicitly) null, the column's default.
    if (w.method === 'insertItem' && w.kind === 'property' && w.column === 'liveStatus' && /^liveStatus:\s*null$/.test(w.text)) return true;
  }
  // The mail outbox's own delivery status (pending/held/sent/failed), another table's column.
  if (OTHER_STATUS_FILES.has(w.file) && w.column === 'status' && w.kind === 'property') return true;
  return false;
}

/** Files that write the `status` of a table that is not the publishing core's. */
const OTHER_STATUS_FILES = new Set(['common/mail/mail-outbox.service.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'migrations' || e.name === 'test-support' ? [] : sourceFiles(path);
    return e.name.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

const rel = (path: string) => relative(SRC, path).split(sep).join('/');

describe('status writes (source scan of apps/api/src)', () => {
  const files = sourceFiles(SRC);
  const writes = files.flatMap((f) => statusWrites(rel(f), readFileSync(f, 'utf8')));

  it('should scan the whole API source, modules and common code alike', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.map(rel)).toEqual(
      expect.arrayContaining(['modules/publishing/publishing.service.ts', 'modules/demo/demo-seed.service.ts', 'common/database/db.service.ts']),
    );
    expect(files.map(rel).filter((f) => f.includes('/migrations/') || f.endsWith('spec.ts'))).toEqual([]);
  });

  it('should find no status write outside the transition path', () => {
    const outside = writes.filter((w) => !allowed(w)).map((w) => `${w.file}:${w.line} (${w.method ?? 'top level'}) ${w.kind} ${w.column}: ${w.text}`);
    expect(outside).toEqual([]);
  });

  it('should find the transition path’s own writes (the scan sees what it looks for)', () => {
    const at = (file: string, method: string, kind: StatusWrite['kind']) => writes.some((w) => w.file === file && w.method === method && w.kind === kind);
    expect(at('modules/publishing/transition.service.ts', 'move', 'setter-call')).toBe(true);
    expect(at('modules/publishing/transition.service.ts', 'move', 'assignment')).toBe(true);
    expect(at('modules/publishing/transition.service.ts', 'createEdition', 'property')).toBe(true);
    expect(at('modules/publishing/publishing.repository.ts', 'setEditionStatus', 'property')).toBe(true);
    expect(at('modules/publishing/publishing.repository.ts', 'setItemStatus', 'property')).toBe(true);
  });

  it('should let the outbox write only its own status (those files never touch the publishing core)', () => {
    for (const file of OTHER_STATUS_FILES) {
      const text = readFileSync(join(SRC, file), 'utf8');
      expect([file, /content_(items|editions)|Content(Item|Edition)Entity|PublishingRepository/.test(text)]).toEqual([file, false]);
    }
  });

  describe('the scanner itself', () => {
    const found = (code: string) => statusWrites('modules/x/x.service.ts', code).map((w) => `${w.kind}:${w.column}`);
    it.each([
      ['an assignment', 'function f(v) { v.edition.status = "published"; }', 'assignment:status'],
      ['an element assignment', 'function f(v) { v.item["liveStatus"] = "archived"; }', 'assignment:liveStatus'],
      ['a repository update', 'async function f(r) { await r.update({ id }, { status: "published" }); }', 'property:status'],
      ['a save of a created row', 'async function f(r) { await r.save(r.create({ ...x, liveStatus: "published" })); }', 'property:liveStatus'],
      ['a query builder set', 'async function f(q) { await q.update(E).set({ live_status: "published" }).execute(); }', 'property:live_status'],
      ['a shorthand property in a repository helper', 'async function f(repo, status) { await repo.updateEdition(id, { status }); }', 'property:status'],
      ['Object.assign', 'function f(v) { Object.assign(v.item, { liveStatus: "published" }); }', 'property:liveStatus'],
      ['a setter call', 'async function f(repo) { await repo.setItemStatus(id, "published", e); }', 'setter-call:setItemStatus'],
      ['raw SQL on editions', 'const q = `UPDATE content_editions e SET status = $1 WHERE id = $2`;', 'sql:content_editions.status'],
      ['raw SQL on items', 'const q = "update \\"content_items\\" set revision = 2, live_status = \'published\'";', 'sql:content_items.live_status'],
      ['an edition insert', 'const q = `INSERT INTO content_editions (item_id, number) VALUES ($1, 1)`;', 'sql:content_editions.status'],
      ['an item insert with a live status', "const q = 'INSERT INTO content_items (id, live_status) VALUES ($1, $2)';", 'sql:content_items.live_status'],
    ])('should flag %s', (_name, code, want) => {
      expect(found(code)).toEqual([want]);
    });

    it.each([
      ['a read', 'function f(v) { return v.edition.status === "draft" ? v.item.liveStatus : null; }'],
      ['a response mapping', 'function f(v) { return { status: v.edition.status, liveStatus: v.item.liveStatus }; }'],
      ['an error detail', 'function f(s) { throw new AppException(409, "X", { status: s }); }'],
      ['a list filter', 'async function f(r, q) { return r.list({ status: q.status }); }'],
      ['SQL that reads a status', "const q = `UPDATE content_editions SET publish_at = NULL WHERE status = 'scheduled'`;"],
      ['an HTTP status', 'function f(reply) { reply.status(404); }'],
    ])('should not flag %s', (_name, code) => {
      expect(found(code)).toEqual([]);
    });
  });
});
