import type { ItemEnvelope } from '@congxa/shared/dto/content';
import { HttpError } from '../../../core/http';

/** A classification hit as the API reports it (CLASSIFICATION_HIT `details.hits`). */
export interface ClassificationHit {
  kind: string;
  field: string;
  excerpt: string;
  attachment?: string;
}

/** What a failed save or workflow step means for the screen. */
export type ItemProblem<R extends ItemEnvelope = ItemEnvelope> =
  /** Someone saved in between: offer to load their version (never overwrite). */
  | { kind: 'conflict'; current: R | null }
  /**
   * Fields to fill or correct (PROVENANCE_INCOMPLETE, CONTENT_INCOMPLETE, SECRET_CONFIRMATION_REQUIRED, VALIDATION_FAILED, and the
   * save refusals that name a field: SLUG_TAKEN, PAGE_PARENT_INVALID).
   */
  | { kind: 'fields'; fields: string[] }
  /** Secrecy stamps or citizen IDs found; the chief may override with a reason. */
  | { kind: 'classification'; hits: ClassificationHit[] }
  /** The item moved on or the step is not the caller's: reload it. */
  | { kind: 'stale' }
  | { kind: 'other' };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** An item response as the API sends it (the current version in a REVISION_CONFLICT). */
function isItem<R extends ItemEnvelope>(value: unknown): value is R {
  return isRecord(value) && typeof value.id === 'string' && typeof value.revision === 'number' && typeof value.status === 'string';
}

function isHit(value: unknown): value is ClassificationHit {
  return isRecord(value) && typeof value.kind === 'string' && typeof value.field === 'string' && typeof value.excerpt === 'string';
}

export function interpretItemError<R extends ItemEnvelope = ItemEnvelope>(error: unknown): ItemProblem<R> {
  if (!(error instanceof HttpError)) return { kind: 'other' };
  const details = error.details;
  switch (error.code) {
    case 'REVISION_CONFLICT': {
      const current = isRecord(details) && isItem<R>(details.current) ? details.current : null;
      return { kind: 'conflict', current };
    }
    case 'PROVENANCE_INCOMPLETE':
    case 'CONTENT_INCOMPLETE': {
      const fields = isRecord(details) ? [...strings(details.missing), ...strings(details.invalid)] : [];
      return fields.length ? { kind: 'fields', fields } : { kind: 'other' };
    }
    case 'SLUG_TAKEN':
    case 'PAGE_PARENT_INVALID':
      return isRecord(details) && typeof details.field === 'string' ? { kind: 'fields', fields: [details.field] } : { kind: 'other' };
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
