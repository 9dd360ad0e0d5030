import { useI18n } from 'vue-i18n';
import { CONTENT_TYPES, type ContentType, type ContentTypeSchema, type Label } from '@congxa/shared/content';
import type { RevisionReason } from '@congxa/shared/dto/content';
import { STATE_LABELS, WORKFLOW_MOVES, type EditionState, type ItemState, type WorkflowMove } from '@congxa/shared/workflow';

export type Lang = 'vi' | 'en';

const isState = (s: string): s is ItemState | EditionState => Object.hasOwn(STATE_LABELS, s);
const isMove = (a: string): a is WorkflowMove => (WORKFLOW_MOVES as readonly string[]).includes(a);
export const isContentType = (type: string): type is ContentType => Object.hasOwn(CONTENT_TYPES, type);

/** "SYSTEM:scheduler" → "scheduler"; null when the string names no system actor. */
export function systemActorName(systemActor: string | null | undefined): string | null {
  const match = /^SYSTEM:(.+)$/.exec(systemActor ?? '');
  return match ? match[1] : null;
}

/**
 * Labels that follow the UI language: workflow states (from the shared `STATE_LABELS`), every move of the
 * table (actions asked for, and the system's and saving's own moves in the history), revision reasons,
 * content types and the declared fields of a schema. Unknown names show as they are.
 */
export function useItemLabels() {
  const { t, te, locale } = useI18n();
  // `REVISION_REASONS` lives beside class-validator in the shared DTOs: the typed messages carry exactly its keys.
  const isReason = (r: string): r is RevisionReason => te(`items.history.reasons.${r}`, 'vi');
  const lang = (): Lang => (locale.value === 'en' ? 'en' : 'vi');
  const pick = (label: Label) => label[lang()];
  return {
    lang,
    stateLabel: (state: string | null | undefined): string => (state ? (isState(state) ? pick(STATE_LABELS[state]) : state) : ''),
    actionLabel: (action: string): string => (isMove(action) ? t(`workflow.actions.${action}`) : action),
    reasonLabel: (reason: string): string => (isReason(reason) ? t(`items.history.reasons.${reason}`) : reason),
    /** The content type's name ("Tin bài", "Trang"); the raw name when the SPA does not know the type. */
    typeLabel: (type: string): string => (isContentType(type) ? pick(CONTENT_TYPES[type].label) : type),
    /** A declared field's label ("Tiêu đề"); the key itself for a field the schema does not declare. */
    fieldLabel: (schema: ContentTypeSchema, key: string): string => {
      const spec = Object.hasOwn(schema.fields, key) ? schema.fields[key] : undefined;
      return spec ? pick(spec.label) : key;
    },
    /** Who acted in a history row: the person, the named system actor, or "System". */
    actorLabel: (entry: { actor: { fullName: string } | null; systemActor?: string | null }): string => {
      if (entry.actor) return entry.actor.fullName;
      const name = systemActorName(entry.systemActor);
      if (!name) return t('items.history.system');
      return t('items.history.systemNamed', { name: name === 'scheduler' ? t('items.history.systemActors.scheduler') : name });
    },
    /** `{ type, typeLower }` for messages that name the item ("Tin bài đã bị gỡ xuống", "the article"). */
    typeParams: (schema: ContentTypeSchema): { type: string; typeLower: string } => {
      const name = pick(schema.label);
      return { type: name, typeLower: name.toLocaleLowerCase(lang()) };
    },
  };
}
