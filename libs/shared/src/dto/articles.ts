import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  ARTICLE_ACTIONS,
  ARTICLE_KIND_LABELS,
  ARTICLE_KINDS,
  ARTICLE_STATES,
  ORIGINS,
  type ArticleAction,
  type ArticleKind,
  type ArticleState,
  type Origin,
} from '../workflow';
import { PageQuery } from './common';

export { ARTICLE_KINDS, ARTICLE_KIND_LABELS, ORIGINS, type ArticleKind, type Origin };

/** Content fields a save may carry; every one optional (a PATCH sends what changed). */
export class ArticleContentFields {
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  title?: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  summary?: string;

  /** Rich HTML: sanitised by the server with an allowlist. */
  @IsOptional()
  @IsString()
  @MaxLength(500_000)
  body?: string;

  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @IsUUID()
  categoryId?: string | null;

  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @IsUUID()
  fieldId?: string | null;

  @IsOptional()
  @IsIn(ARTICLE_KINDS)
  kind?: ArticleKind;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  tags?: string[];

  @IsOptional()
  @IsBoolean()
  featured?: boolean;

  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @IsUUID()
  coverMediaId?: string | null;

  /** Provenance: the author's full name and address or unit (required to submit). */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  authorName?: string;

  @IsOptional()
  @IsString()
  @MaxLength(300)
  authorAddress?: string;

  @IsOptional()
  @IsIn(ORIGINS)
  origin?: Origin;

  /** For collected material: the source or references, and the collector's name and address. */
  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  sourceReference?: string | null;

  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  collectorName?: string | null;

  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @IsString()
  @MaxLength(300)
  collectorAddress?: string | null;

  /** The submitter confirms the content holds no state-secret information (required to submit). */
  @IsOptional()
  @IsBoolean()
  noSecretConfirmed?: boolean;
}

export class CreateArticleRequest extends ArticleContentFields {
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  declare title: string;
}

export class UpdateArticleRequest extends ArticleContentFields {
  /** The revision this save is based on; a stale one is answered 409 with the current state. */
  @IsInt()
  @Min(1)
  revision!: number;
}

export class OverrideRequest {
  @IsString()
  @MinLength(10)
  @MaxLength(1000)
  reason!: string;
}

export class TransitionRequest {
  @IsIn(ARTICLE_ACTIONS)
  action!: ArticleAction;

  /** The revision the action is taken on (optional; a stale one is answered 409). */
  @IsOptional()
  @IsInt()
  @Min(1)
  revision?: number;

  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string;

  @IsOptional()
  @IsUUID()
  assigneeId?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  publishAt?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  unpublishAt?: string;

  /** The chief overriding a classification hit judged a false positive. */
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OverrideRequest)
  override?: OverrideRequest;
}

export class ArticleListQuery extends PageQuery {
  @IsOptional()
  @IsIn(ARTICLE_STATES)
  status?: ArticleState;

  @IsOptional()
  @IsIn(['1', 'true'])
  mine?: string;
}

export class CompareQuery {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  from!: number;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  to!: number;
}

export interface PersonRef {
  id: string;
  fullName: string;
}

export interface ArticleSummaryResponse {
  id: string;
  slug: string;
  title: string;
  status: ArticleState;
  liveStatus: ArticleState | null;
  edition: number;
  revision: number;
  kind: string;
  fieldId: string | null;
  categoryId: string | null;
  author: PersonRef | null;
  assignee: PersonRef | null;
  /** Staff contributor holding the article's field (QC Điều 12.2: first in the deputy's intake). */
  priority: boolean;
  submittedAt: string | null;
  updatedAt: string;
}

export interface ArticleResponse extends ArticleSummaryResponse {
  summary: string;
  body: string;
  tags: string[];
  featured: boolean;
  coverMediaId: string | null;
  authorName: string;
  authorAddress: string;
  origin: Origin;
  sourceReference: string | null;
  collectorName: string | null;
  collectorAddress: string | null;
  noSecretConfirmed: boolean;
  publishAt: string | null;
  unpublishAt: string | null;
  publishedAt: string | null;
  approvedBy: PersonRef | null;
  approvedAt: string | null;
  /** Actions the caller may take now (the admin shows these buttons; the API checks again). */
  actions: ArticleAction[];
  canEdit: boolean;
  /** The latest note of a return, reject or unpublish, for the author to read. */
  lastNote: { action: string; note: string; by: PersonRef | null; at: string } | null;
  createdAt: string;
}

export interface TransitionEntry {
  id: string;
  action: string;
  fromState: string;
  toState: string;
  actor: PersonRef | null;
  note: string | null;
  revisionNumber: number;
  edition: number;
  details: Record<string, unknown>;
  createdAt: string;
}

export interface RevisionEntry {
  number: number;
  edition: number;
  reason: string;
  title: string;
  createdBy: PersonRef | null;
  createdAt: string;
  live: boolean;
}

export interface ArticleHistoryResponse {
  transitions: TransitionEntry[];
  revisions: RevisionEntry[];
}

export interface RevisionCompareResponse {
  from: number;
  to: number;
  title: { op: 'equal' | 'insert' | 'delete'; text: string }[];
  summary: { op: 'equal' | 'insert' | 'delete'; text: string }[];
  bodyHtml: string;
  changedFields: string[];
}

export class RestoreRequest {
  /** The article's current revision (a stale one is answered 409). */
  @IsInt()
  @Min(1)
  revision!: number;
}
