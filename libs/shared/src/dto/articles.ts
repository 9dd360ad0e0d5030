import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsObject, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
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
import { IsDateTimeWithOffset } from './dates';
import { composeDecorators, IsIntBetween, IsOptionalNotNull, IsOptionalOrNull, QueryInt } from './validators';

export { ARTICLE_KINDS, ARTICLE_KIND_LABELS, ORIGINS, type ArticleKind, type Origin };

export const ARTICLE_TITLE_MIN_LENGTH = 3;
export const ARTICLE_TITLE_MAX_LENGTH = 300;

/** The rules of an article's title, wherever one is taken. */
const ArticleTitle = () => composeDecorators(IsString(), MinLength(ARTICLE_TITLE_MIN_LENGTH), MaxLength(ARTICLE_TITLE_MAX_LENGTH));

/**
 * Every content field but the title; every one optional. Fields whose `null` clears them (a category,
 * a field, a cover, the collected-material provenance) say so; on the others `null` is refused.
 */
export class ArticleDetailFields {
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(2000)
  summary?: string;

  /** Rich HTML: sanitised by the server with an allowlist. */
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(500_000)
  body?: string;

  @IsOptionalOrNull()
  @IsUUID()
  categoryId?: string | null;

  @IsOptionalOrNull()
  @IsUUID()
  fieldId?: string | null;

  @IsOptionalNotNull()
  @IsIn(ARTICLE_KINDS)
  kind?: ArticleKind;

  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  tags?: string[];

  @IsOptionalNotNull()
  @IsBoolean()
  featured?: boolean;

  @IsOptionalOrNull()
  @IsUUID()
  coverMediaId?: string | null;

  /** Provenance: the author's full name and address or unit (required to submit). */
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(200)
  authorName?: string;

  @IsOptionalNotNull()
  @IsString()
  @MaxLength(300)
  authorAddress?: string;

  @IsOptionalNotNull()
  @IsIn(ORIGINS)
  origin?: Origin;

  /** For collected material: the source or references, and the collector's name and address. */
  @IsOptionalOrNull()
  @IsString()
  @MaxLength(2000)
  sourceReference?: string | null;

  @IsOptionalOrNull()
  @IsString()
  @MaxLength(200)
  collectorName?: string | null;

  @IsOptionalOrNull()
  @IsString()
  @MaxLength(300)
  collectorAddress?: string | null;

  /** The submitter confirms the content holds no state-secret information (required to submit). */
  @IsOptionalNotNull()
  @IsBoolean()
  noSecretConfirmed?: boolean;
}

/** Content fields a save may carry; every one optional (a PATCH sends what changed). */
export class ArticleContentFields extends ArticleDetailFields {
  @IsOptionalNotNull()
  @ArticleTitle()
  title?: string;
}

/**
 * A new article: the title is required. (It extends the fields without the title: a subclass cannot take
 * back an inherited `@IsOptional`, which class-validator keeps beside the subclass's own rules.)
 */
export class CreateArticleRequest extends ArticleDetailFields {
  @ArticleTitle()
  title!: string;
}

export class UpdateArticleRequest extends ArticleContentFields {
  /** The revision this save is based on; a stale one is answered 409 with the current state. */
  @IsIntBetween(1)
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
  @IsOptionalNotNull()
  @IsIntBetween(1)
  revision?: number;

  @IsOptionalNotNull()
  @IsString()
  @MaxLength(4000)
  note?: string;

  @IsOptionalNotNull()
  @IsUUID()
  assigneeId?: string;

  /** When to publish (a full date-time with an offset); absent or past: at once. */
  @IsOptionalNotNull()
  @IsDateTimeWithOffset()
  publishAt?: string;

  @IsOptionalNotNull()
  @IsDateTimeWithOffset()
  unpublishAt?: string;

  /** The chief overriding a classification hit judged a false positive. */
  @IsOptionalNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => OverrideRequest)
  override?: OverrideRequest;
}

export class ArticleListQuery extends PageQuery {
  @IsOptionalNotNull()
  @IsIn(ARTICLE_STATES)
  status?: ArticleState;

  @IsOptionalNotNull()
  @IsIn(['1', 'true'])
  mine?: string;
}

export class CompareQuery {
  @QueryInt()
  @IsIntBetween(1)
  from!: number;

  @QueryInt()
  @IsIntBetween(1)
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
  @IsIntBetween(1)
  revision!: number;
}
