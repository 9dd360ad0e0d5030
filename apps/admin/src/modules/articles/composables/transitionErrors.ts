import type { ArticleResponse } from '@congxa/shared/dto/articles';
import { HttpError } from '../../../core/http';

/** A classification hit as the API reports it (CLASSIFICATION_HIT `details.hits`). */
export interface ClassificationHit {
  kind: string;
  field: string;
  excerpt: string;
  attachment?: string;
}

/** What a failed save or workflow step means for the screen. */
export type ArticleProblem =
  /** Someone saved in between: offer to load their version (never overwrite). */
  | { kind: 'conflict'; current: ArticleResponse | null }
  /** Fields to fill before the step (PROVENANCE_INCOMPLETE, CONTENT_INCOMPLETE, SECRET_CONFIRMATION_REQUIRED, VALIDATION_FAILED). */
  | { kind: 'fields'; fields: string[] }
  /** Secrecy stamps or citizen IDs found; the chief may override with a reason. */
  | { kind: 'classification'; hits: ClassificationHit[] }
  /** The item moved on or the step is not the caller's: reload it. */
  | { kind: 'stale' }
  | { kind: 'other' };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

function isArticle(value: unknown): value is ArticleResponse {
  return isRecord(value) && typeof value.id === 'string' && typeof value.revision === 'number' && typeof value.status === 'string';
}

function isHit(value: unknown): value is ClassificationHit {
  return isRecord(value) && typeof value.kind === 'string' && typeof value.field === 'string' && typeof value.excerpt === 'string';
}

export function interpretArticleError(error: unknown): ArticleProblem {
  if (!(error instanceof HttpError)) return { kind: 'other' };
  const details = error.details;
  switch (error.code) {
    case 'REVISION_CONFLICT': {
      const current = isRecord(details) && isArticle(details.current) ? details.current : null;
      return { kind: 'conflict', current };
    }
    case 'PROVENANCE_INCOMPLETE':
    case 'CONTENT_INCOMPLETE': {
      const fields = isRecord(details) ? [...strings(details.missing), ...strings(details.invalid)] : [];
      return fields.length ? { kind: 'fields', fields } : { kind: 'other' };
    }
    case 'SECRET_CONFIRMATION_REQUIRED':
      return { kind: 'fields', fields: [isRecord(details) && typeof details.field === 'string' ? details.field : 'noSecretConfirmed'] };
    case 'VALIDATION_FAILED':
      return error.fieldErrors.length ? { kind: 'fields', fields: error.fieldErrors.map((e) => e.field) } : { kind: 'other' };
    case 'CLASSIFICATION_HIT':
      return { kind: 'classification', hits: isRecord(details) && Array.isArray(details.hits) ? details.hits.filter(isHit) : [] };
    case 'TRANSITION_NOT_ALLOWED':
    case 'NOT_YOUR_TURN':
    case 'EDIT_NOT_ALLOWED':
      return { kind: 'stale' };
    default:
      return { kind: 'other' };
  }
}
