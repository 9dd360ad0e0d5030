import { IsIn, Matches, MaxLength } from 'class-validator';
import { PROCEDURE_SCHEMA } from '../content/procedure';
import { ISSUER_LEVEL_CODES } from '../legal/issuer-levels';
import { PageQuery, type Page } from './common';
import { contentRequestClasses, type ItemResponse } from './content';
import type { PublicDocumentFile, PublicValidity } from './documents';
import { IsOptionalNotNull } from './validators';

export const { Create: CreateProcedureRequest, Update: UpdateProcedureRequest } = contentRequestClasses(PROCEDURE_SCHEMA);

export type ProcedureResponse = ItemResponse<typeof PROCEDURE_SCHEMA.fields>;

/** How the public list is ordered: by field (then code; the portal groups by field), by code, or by name. */
export const PROCEDURE_SORTS = ['field', 'code', 'title'] as const;
export type ProcedureSort = (typeof PROCEDURE_SORTS)[number];

/** `GET /api/v1/public/procedures`: the published procedures, filtered; `q` is a code or words. */
export class PublicProcedureQuery extends PageQuery {
  /** Field slug (`ho-tich`). */
  @IsOptionalNotNull()
  @Matches(/^[a-z0-9-]+$/)
  @MaxLength(120)
  field?: string;

  /** Level that carries it out (`commune`, `province`, …). */
  @IsOptionalNotNull()
  @IsIn(ISSUER_LEVEL_CODES as unknown[])
  level?: string;

  /** A code (`1.001193`) or words of the name, agency or steps, with or without marks. */
  @IsOptionalNotNull()
  @MaxLength(200)
  q?: string;

  /** `field` (default), `code` or `title`. */
  @IsOptionalNotNull()
  @IsIn(PROCEDURE_SORTS as unknown as unknown[])
  sort?: ProcedureSort;
}

export interface PublicProcedureSummary {
  id: string;
  slug: string;
  title: string;
  /** Mã thủ tục (`1.001193`). */
  code: string;
  /** `{code, label}` of the level (`commune`, "Cấp xã"). */
  level: { code: string; label: string };
  field: { name: string; slug: string } | null;
  agency: string;
  processingTime: string;
  fees: string;
  /** Ways to submit the dossier. */
  submit: { inPerson: boolean; online: boolean; byPost: boolean };
  publishedAt: string;
}

/** A field with how many procedures of the list (before the field filter) are in it: the portal's filter and headings. */
export interface PublicProcedureField {
  name: string;
  slug: string;
  count: number;
}

/** The list and the fields it spans (whatever the page), in Vietnamese order. */
export interface PublicProcedurePage extends Page<PublicProcedureSummary> {
  fields: PublicProcedureField[];
}

/** A form template of the library (Mẫu đơn, tờ khai): to download, and to view in the page when a PDF. */
export type PublicProcedureForm = PublicDocumentFile;

/** One component of the dossier (Thành phần hồ sơ). */
export interface PublicDossierRow {
  id: string;
  name: string;
  /** Số lượng ("01 bản chính"), or null. */
  copies: string | null;
  /** The form template, or null (none, or no longer in the library). */
  form: PublicProcedureForm | null;
}

/** A legal document of the site's register the procedure rests on, with its validity today. */
export interface PublicLegalBasis {
  slug: string;
  number: string;
  title: string;
  validity: PublicValidity;
}

export interface PublicProcedure extends PublicProcedureSummary {
  /** Trình tự thực hiện: sanitised HTML. */
  steps: string;
  dossier: PublicDossierRow[];
  applicants: string;
  result: string;
  requirements: string;
  /** Published documents of the register (those withdrawn since are left out). */
  legalBasis: PublicLegalBasis[];
  /** Căn cứ pháp lý not in the register, as written. */
  legalBasisText: string;
  /** The procedure's page on the National Public Service Portal: the one given, else the one its code makes. */
  nationalUrl: string;
  notes: string;
  updatedAt: string;
}
