import { IsIn, Matches, MaxLength } from 'class-validator';
import { DOCUMENT_SCHEMA } from '../content/document';
import { DOCUMENT_TYPES } from '../legal/document-types';
import { ISSUER_LEVEL_CODES } from '../legal/issuer-levels';
import type { RelationKind } from '../legal/relations';
import { VALIDITY_STATUSES, type ValidityStatus } from '../legal/validity';
import { PageQuery } from './common';
import { contentRequestClasses, type ItemResponse } from './content';
import { IsIntBetween, IsOptionalNotNull, QueryInt } from './validators';

export const { Create: CreateDocumentRequest, Update: UpdateDocumentRequest } = contentRequestClasses(DOCUMENT_SCHEMA);

export type DocumentResponse = ItemResponse<typeof DOCUMENT_SCHEMA.fields>;

/** `GET /api/v1/public/documents`: the register, filtered; `q` is words or a number and symbol. */
export class PublicDocumentQuery extends PageQuery {
  /** Document type code (`quyet-dinh`). */
  @IsOptionalNotNull()
  @IsIn(DOCUMENT_TYPES.map((t) => t.code))
  type?: string;

  /** Issuing level (`commune`, `province`, …). */
  @IsOptionalNotNull()
  @IsIn(ISSUER_LEVEL_CODES as unknown[])
  issuer?: string;

  /** Year of issue. */
  @IsOptionalNotNull()
  @QueryInt()
  @IsIntBetween(1945, 2100)
  year?: number;

  /** Subject field slug. */
  @IsOptionalNotNull()
  @Matches(/^[a-z0-9-]+$/)
  @MaxLength(120)
  field?: string;

  /** Validity status today. */
  @IsOptionalNotNull()
  @IsIn(VALIDITY_STATUSES as unknown as unknown[])
  status?: ValidityStatus;

  /** Words of the title or summary, or a number and symbol (`12/QĐ-UBND`, with or without marks). */
  @IsOptionalNotNull()
  @MaxLength(200)
  q?: string;
}

/** Whether a document is in force today, and why (computed each day from its dates and relations). */
export interface PublicValidity {
  status: ValidityStatus;
  /** Since when (`YYYY-MM-DD`), when known. */
  since: string | null;
  /** The reason as a sentence, in Vietnamese and English. */
  reason: { vi: string; en: string };
}

export interface PublicDocumentSummary {
  id: string;
  slug: string;
  title: string;
  /** `{code, label}` of the type (`quyet-dinh`, "Quyết định"). */
  documentType: { code: string; label: string };
  /** As written (`12/QĐ-UBND`). */
  number: string;
  issuerLevel: string;
  issuingBody: string;
  issuedOn: string | null;
  effectiveOn: string | null;
  expiresOn: string | null;
  field: { name: string; slug: string } | null;
  validity: PublicValidity;
  publishedAt: string;
}

export interface PublicDocumentFile {
  id: string;
  name: string;
  mimeType: string;
  sizeBytes: number;
  /** Downloads the file under its own name. */
  url: string;
  /** A PDF shown in the page (inline, framed by the portal only); null for other files. */
  viewUrl: string | null;
}

export interface PublicDocumentRelation {
  /** `outgoing`: this document acts on the other; `incoming`: the other acts on this one. */
  direction: 'outgoing' | 'incoming';
  kind: RelationKind;
  /** "Thay thế" / "Bị thay thế bởi" … */
  label: { vi: string; en: string };
  document: { slug: string; number: string; title: string };
}

export interface PublicDocument extends PublicDocumentSummary {
  signer: string;
  signerPosition: string;
  summary: string;
  files: PublicDocumentFile[];
  relations: PublicDocumentRelation[];
  updatedAt: string;
}
