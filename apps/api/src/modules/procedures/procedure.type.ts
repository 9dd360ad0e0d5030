import { isProcedureCode, PROCEDURE_SCHEMA, procedureSlugText } from '@congxa/shared/content';
import { CreateProcedureRequest, UpdateProcedureRequest } from '@congxa/shared/dto/procedures';
import type { ContentTypeDefinition } from '../publishing/content-types';
import { searchableText } from '../publishing/search-indexer';

/** The public path of a procedure. */
export const procedurePath = (slug: string): string => `/thu-tuc/${slug}`;

/** What the staff routes need of the type (mounted before the service exists). */
export const PROCEDURE_ROUTES = { schema: PROCEDURE_SCHEMA, route: 'procedures', requests: { Create: CreateProcedureRequest, Update: UpdateProcedureRequest } };

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** An `https://` address a browser can open (the national portal's page of the procedure). */
function isHttpsUrl(value: string): boolean {
  if (!/^https:\/\/\S+$/i.test(value)) return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The rules of a procedure beyond each field's: a code in the national database's form (`1.001193`; empty
 * is allowed while drafting, submit requires it) and, when given, an https link to the national portal.
 * Returns the keys of the fields that break them. (That no other procedure of the site has the code is the
 * core's `uniqueField`: 409 PROCEDURE_CODE_TAKEN.)
 */
export function procedureProblems(content: Record<string, unknown>): string[] {
  const bad: string[] = [];
  const code = text(content.code);
  if (code !== '' && !isProcedureCode(code)) bad.push('code');
  const url = text(content.nationalUrl);
  if (url !== '' && !isHttpsUrl(url)) bad.push('nationalUrl');
  return bad;
}

/**
 * Thủ tục hành chính on the publishing core: one per code in a site. Its search document carries the name,
 * the code (a code typed as `1.001193` is found as the phrase of its parts), the agency, the steps, the
 * dossier's documents and the legal basis as written.
 */
export const PROCEDURE_TYPE: ContentTypeDefinition = {
  ...PROCEDURE_ROUTES,
  adminPath: 'thu-tuc',
  notFoundCode: 'PROCEDURE_NOT_FOUND',
  validate: procedureProblems,
  uniqueField: { key: 'code', code: 'PROCEDURE_CODE_TAKEN' },
  slugText: (content) => procedureSlugText(text(content.code), text(content.title)),
  searchDocument: ({ item, content }) => {
    const dossier = Array.isArray(content.dossier) ? (content.dossier as { name?: unknown }[]).map((r) => text(r.name)).filter(Boolean) : [];
    return {
      title: String(content.title ?? ''),
      text: [text(content.code), searchableText(PROCEDURE_SCHEMA, content), ...dossier].filter((p) => p !== '').join('\n'),
      path: procedurePath(item.slug),
    };
  },
};
