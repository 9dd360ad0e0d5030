import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsObject,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  type ContentFields,
  type ContentTypeSchema,
  type ContentValues,
  type FieldSpec,
  type RevisionReason,
  type RowColumn,
  SLUG_MAX,
  SLUG_PATTERN,
} from '../content/schema';

export { REVISION_REASONS, SLUG_MAX, SLUG_PATTERN, type RevisionReason } from '../content/schema';
import { ITEM_STATES, REQUEST_ACTIONS, type EditionState, type ItemState, type LiveState, type RequestAction } from '../workflow';
import { PageQuery } from './common';
import { IsDateOrDateTime, IsDateTimeWithOffset, IsPlainDate } from './dates';
import { IsIntBetween, IsOptionalNotNull, QueryInt } from './validators';

type Decorate = (target: object, key: string) => void;

/** `undefined` skips the field (a PATCH sends what changed); `null` only where the schema allows it. */
const presentOrNullable = (nullable: boolean) => ValidateIf((_o: object, v: unknown) => v !== undefined && !(nullable && v === null));

/** The class-validator rules of one declared field. */
export function fieldValidators(spec: FieldSpec, required = false): Decorate[] {
  const nullable = (spec.kind === 'text' && !!spec.nullable) || spec.kind === 'ref' || spec.kind === 'date';
  const base: Decorate[] = required ? [] : [presentOrNullable(nullable)];
  switch (spec.kind) {
    case 'text':
      return [...base, IsString(), ...(spec.min ? [MinLength(spec.min)] : []), MaxLength(spec.max)];
    case 'html':
      return [...base, IsString(), MaxLength(spec.max)];
    case 'enum':
      return [...base, IsIn(spec.values as unknown[])];
    case 'boolean':
      return [...base, IsBoolean()];
    case 'tags':
      return [...base, IsArray(), ArrayMaxSize(spec.maxItems), IsString({ each: true }), MaxLength(spec.maxLength, { each: true })];
    case 'ref':
      return [...base, IsUUID()];
    case 'date':
      return [...base, IsPlainDate()];
    case 'attachments':
      return [...base, IsArray(), ArrayMaxSize(spec.maxItems), ArrayUnique(), IsUUID(undefined, { each: true })];
    case 'relations':
      return [...base, IsArray(), ArrayMaxSize(spec.maxItems), ValidateNested({ each: true }), Type(() => relationClass(spec.kinds))];
    case 'rows':
      return [...base, IsArray(), ArrayMaxSize(spec.maxItems), ValidateNested({ each: true }), Type(() => rowClass(spec.columns))];
  }
}

/** A time of day, `HH:mm` (00:00–23:59). */
export const TIME_OF_DAY = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
/** The longest row id a client may send (the API makes one when absent). */
export const ROW_ID_MAX = 40;

/** The rules of one cell of a rows field: `null` or absent unless the column is required. */
function cellValidators(col: RowColumn): Decorate[] {
  const base: Decorate[] = col.required ? [] : [ValidateIf((_o: object, v: unknown) => v !== undefined && v !== null)];
  switch (col.kind) {
    case 'text':
      return [...base, IsString(), ...(col.required ? [MinLength(1)] : []), MaxLength(col.max ?? 500)];
    case 'date':
      return [...base, IsPlainDate()];
    case 'time':
      return [...base, IsString(), Matches(TIME_OF_DAY)];
    case 'media':
      return [...base, IsUUID()];
  }
}

const rowClasses = new WeakMap<object, new () => object>();

/** The class one row of a rows field is checked with: an optional id and the declared cells. */
function rowClass(columns: Record<string, RowColumn>): new () => object {
  let cls = rowClasses.get(columns);
  if (!cls) {
    class ContentRowRequest {
      id?: string;
    }
    decorate(ContentRowRequest, 'id', [ValidateIf((_o: object, v: unknown) => v !== undefined), IsString(), MinLength(1), MaxLength(ROW_ID_MAX)]);
    for (const [key, col] of Object.entries(columns)) decorate(ContentRowRequest, key, cellValidators(col));
    cls = ContentRowRequest;
    rowClasses.set(columns, cls);
  }
  return cls;
}

const relationClasses = new Map<string, new () => object>();

/** The class one relation of a field is checked with: a declared kind and an item id. */
function relationClass(kinds: readonly string[]): new () => object {
  const key = kinds.join(',');
  let cls = relationClasses.get(key);
  if (!cls) {
    class ItemRelationRequest {
      kind!: string;
      itemId!: string;
    }
    IsIn(kinds as unknown[])(ItemRelationRequest.prototype, 'kind');
    IsUUID()(ItemRelationRequest.prototype, 'itemId');
    cls = ItemRelationRequest;
    relationClasses.set(key, cls);
  }
  return cls;
}

function decorate(cls: abstract new () => object, key: string, decorators: Decorate[]): void {
  for (const d of decorators) d(cls.prototype, key);
}

/** Fields every save may carry besides the content: the edition's no-secret confirmation and the item's slug. */
export class ItemSaveFields {
  /** The submitter confirms the content holds no state-secret information (required to submit). */
  @ValidateIf((_o, v) => v !== undefined)
  @IsBoolean()
  noSecretConfirmed?: boolean;

  /** The item's URL segment; made from the title when absent. */
  @ValidateIf((_o, v) => v !== undefined)
  @IsString()
  @MaxLength(SLUG_MAX)
  @Matches(SLUG_PATTERN)
  slug?: string;
}

export interface ContentRequestClasses {
  /** `POST`: the content (title required) and the save fields. */
  Create: new () => ItemSaveFields & Record<string, unknown>;
  /** `PATCH`: what changed, with the revision it is based on. */
  Update: new () => ItemSaveFields & { revision: number } & Record<string, unknown>;
}

/**
 * The request classes of a type, built from its schema: the validation a field gets is the one its
 * declaration implies, so the schema is the only place a limit is written. `extra` adds the type's own
 * item fields (e.g. a page's parent and position), declared as a class.
 */
export function contentRequestClasses(schema: ContentTypeSchema, extra: new () => object = ItemSaveFields): ContentRequestClasses {
  const Base = extra as new () => ItemSaveFields;
  class Create extends Base {}
  class Update extends Base {
    revision!: number;
  }
  Object.defineProperty(Create, 'name', { value: `Create${pascal(schema.type)}Request` });
  Object.defineProperty(Update, 'name', { value: `Update${pascal(schema.type)}Request` });
  for (const [key, spec] of Object.entries(schema.fields)) {
    decorate(Create, key, fieldValidators(spec, key === 'title'));
    decorate(Update, key, fieldValidators(spec));
  }
  decorate(Update, 'revision', [IsIntBetween(1)]);
  return { Create: Create as ContentRequestClasses['Create'], Update: Update as unknown as ContentRequestClasses['Update'] };
}

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export class OverrideRequest {
  @IsString()
  @MinLength(10)
  @MaxLength(1000)
  reason!: string;
}

export class TransitionRequest {
  @IsIn(REQUEST_ACTIONS)
  action!: RequestAction;

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

/** How a staff list may be sorted: last change (default), creation, title (Vietnamese order), workflow status. */
export const ITEM_LIST_SORTS = ['updated', 'created', 'title', 'status'] as const;
export type ItemListSort = (typeof ITEM_LIST_SORTS)[number];
export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];
/** The order a sort takes when `order` is absent: newest first for times, A→Z and chain order otherwise. */
export const DEFAULT_SORT_ORDER: Record<ItemListSort, SortOrder> = { updated: 'desc', created: 'desc', title: 'asc', status: 'asc' };
/** The longest title search the API takes. */
export const ITEM_SEARCH_MAX = 200;

/** `a,b` in a query string becomes `['a', 'b']` (a repeated parameter already arrives as a list). */
const CommaList = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',') : value));

/**
 * `GET /sites/:site/<type>`: the staff list of a type, only what the caller may read. Every filter narrows
 * (AND); `status` may name several states (`submitted,in_review`).
 */
export class ItemListQuery extends PageQuery {
  /** One display status, or several separated by commas. */
  @IsOptionalNotNull()
  @CommaList()
  @IsArray()
  @ArrayMaxSize(ITEM_STATES.length)
  @IsIn(ITEM_STATES, { each: true })
  status?: ItemState[];

  /** Items the caller created or whose current edition they opened. */
  @IsOptionalNotNull()
  @IsIn(['1', 'true'])
  mine?: string;

  /** The current revision's subject field. */
  @IsOptionalNotNull()
  @IsUUID()
  fieldId?: string;

  /** The author shown in the list: who opened the current edition (the item's author for edition 1). */
  @IsOptionalNotNull()
  @IsUUID()
  authorId?: string;

  /** The current revision's category or any of its subcategories (only types with a category: articles). */
  @IsOptionalNotNull()
  @IsUUID()
  categoryId?: string;

  /** Changed at or after this moment, or from the start of this day in Vietnam (`YYYY-MM-DD`). */
  @IsOptionalNotNull()
  @IsDateOrDateTime()
  updatedFrom?: string;

  /** Changed before this moment, or up to the end of this day in Vietnam (`YYYY-MM-DD`). */
  @IsOptionalNotNull()
  @IsDateOrDateTime()
  updatedTo?: string;

  /** Words of the title, with or without Vietnamese marks ("ha noi" finds "Hà Nội"). */
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(ITEM_SEARCH_MAX)
  q?: string;

  @IsOptionalNotNull()
  @IsIn(ITEM_LIST_SORTS)
  sort?: ItemListSort;

  /** Default: `desc` for `updated` and `created`, `asc` for `title` and `status`. */
  @IsOptionalNotNull()
  @IsIn(SORT_ORDERS)
  order?: SortOrder;
}

/** How many published items `GET /sites/:site/<type>/linkable` answers at most. */
export const LINKABLE_MAX = 20;

/**
 * `GET /sites/:site/<type>/linkable?q=&ids=`: published items another item may link to (a procedure's legal
 * basis, a document's relations) — public already, so any member finds them whatever they may read in
 * the staff lists: by words of the title or the type's list facts (a number), or by id (a saved link's label).
 */
export class LinkableQuery {
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(ITEM_SEARCH_MAX)
  q?: string;

  /** Ids, separated by commas. */
  @IsOptionalNotNull()
  @CommaList()
  @IsArray()
  @ArrayMaxSize(LINKABLE_MAX)
  @IsUUID(undefined, { each: true })
  ids?: string[];
}

/** A published item as a link to it is chosen and labelled: what it is called and its list facts (a document's number). */
export type LinkableItem = { id: string; type: string; slug: string; title: string } & Record<string, unknown>;

/** `POST /sites/:site/<type>/:id/presence`: a heartbeat of someone with the item open (every ~10 s). */
export class PresenceRequest {
  /** The item is open in the editor (not only being read). */
  @IsBoolean()
  editing!: boolean;
}

export class CompareQuery {
  @QueryInt()
  @IsIntBetween(1)
  from!: number;

  @QueryInt()
  @IsIntBetween(1)
  to!: number;
}

export class RestoreRequest {
  /** The item's current revision (a stale one is answered 409). */
  @IsIntBetween(1)
  revision!: number;
}

// ---- responses ------------------------------------------------------------------------------------------

export interface PersonRef {
  id: string;
  fullName: string;
}

/** One row of a staff list, for every type. */
export interface ItemSummaryResponse {
  id: string;
  type: string;
  slug: string;
  title: string;
  status: ItemState;
  editionStatus: EditionState;
  liveStatus: LiveState | null;
  edition: number;
  revision: number;
  fieldId: string | null;
  categoryId: string | null;
  /** Who opened the current edition (the item's author for edition 1). */
  author: PersonRef | null;
  assignee: PersonRef | null;
  /** Staff contributor holding the item's field (QC Điều 12.2: first in the deputy's intake). */
  priority: boolean;
  submittedAt: string | null;
  updatedAt: string;
}

/** A staff list row: the summary and the type's list facts (`listFields`: a document's `number`, `documentType`, `issuedOn`). */
export type ItemListRow = ItemSummaryResponse & Record<string, unknown>;

/** What every item response carries besides its content. */
export interface ItemEnvelope extends ItemSummaryResponse {
  noSecretConfirmed: boolean;
  publishAt: string | null;
  unpublishAt: string | null;
  publishedAt: string | null;
  approvedBy: PersonRef | null;
  approvedAt: string | null;
  /** Actions the caller may take now (the admin shows these buttons; the API checks again). */
  actions: RequestAction[];
  canEdit: boolean;
  /** The current edition is the one the public sees (a save would open a new edition). */
  currentIsLive: boolean;
  /** Saving now opens a new edition (the live one keeps being served). */
  opensEdition: boolean;
  /** The latest note of a return, reject or unpublish, for the author to read. */
  lastNote: { action: string; note: string; by: PersonRef | null; at: string } | null;
  createdAt: string;
}

/** One item with its current content (the type's declared fields, at the top level) and what the caller may do. */
export type ItemResponse<F extends ContentFields | null = null> = F extends ContentFields
  ? Omit<ItemEnvelope, keyof ContentValues<F>> & ContentValues<F>
  : ItemEnvelope & Record<string, unknown>;

export interface TransitionEntry {
  id: string;
  action: string;
  fromState: string;
  toState: string;
  actor: PersonRef | null;
  /** `SYSTEM:scheduler` and the like when the system acted. */
  systemActor: string | null;
  note: string | null;
  revisionNumber: number;
  edition: number;
  details: Record<string, unknown>;
  createdAt: string;
}

export interface RevisionEntry {
  number: number;
  edition: number;
  reason: RevisionReason;
  title: string;
  createdBy: PersonRef | null;
  createdAt: string;
  live: boolean;
}

export interface ItemHistoryResponse {
  transitions: TransitionEntry[];
  revisions: RevisionEntry[];
}

export type DiffPart = { op: 'equal' | 'insert' | 'delete'; text: string };

export interface RevisionCompareResponse {
  from: number;
  to: number;
  title: DiffPart[];
  summary: DiffPart[];
  bodyHtml: string;
  changedFields: string[];
}

export type RevisionResponse = Record<string, unknown> & { number: number; edition: number; reason: RevisionReason };

export interface QueueItem extends ItemSummaryResponse {
  reason: 'review' | 'intake' | 'forward' | 'approve' | 'mine';
}

export interface QueueResponse {
  items: QueueItem[];
  total: number;
  page: number;
  pageSize: number;
}

/** A heartbeat is "here" for this long: the admin beats every ~10 s. */
export const PRESENCE_TTL_SECONDS = 30;

/** Someone else with the item open. */
export interface PresenceEntry {
  user: PersonRef;
  /** Since when they have had it open without a gap longer than `PRESENCE_TTL_SECONDS`. */
  since: string;
  /** In the editor (in any of their tabs) rather than only reading. */
  editing: boolean;
}

/** The answer to a heartbeat: the other people here now (a person with several tabs counts once). */
export interface PresenceResponse {
  others: PresenceEntry[];
}
