import { useI18n } from 'vue-i18n';
import { CONTENT_TYPES } from '@congxa/shared/content';
import { WORKFLOW_MOVES, type WorkflowMove } from '@congxa/shared/workflow';

type Lang = 'vi' | 'en';

const isMove = (name: string): name is WorkflowMove => (WORKFLOW_MOVES as readonly string[]).includes(name);
const isContentType = (type: string): type is keyof typeof CONTENT_TYPES => Object.hasOwn(CONTENT_TYPES, type);
const NAME = /^[a-z][a-z0-9_]*$/;

/**
 * Where labels come from: `message(path)` gives the module's message under `audit.` (null when there is
 * none), `moveLabel` the workflow's label of a move; `lang` the UI language.
 */
export interface LabelSource {
  message: (path: string) => string | null;
  moveLabel: (move: WorkflowMove) => string;
  lang: Lang;
}

/** The group of an action ("article.submit" → "article"). */
export const actionGroup = (action: string): string => action.split('.')[0];

/**
 * An action of the log in words: the module's own label ("category.update" → "Sửa, chuyển chuyên mục"),
 * or for a move of a content item the workflow's label and the type ("article.submit" → "Gửi duyệt · Tin
 * bài"). An action this SPA does not know shows as it is, so nothing is hidden.
 */
export function auditActionLabel(action: string, source: LabelSource): string {
  const [group, name, ...rest] = action.split('.');
  if (name === undefined || rest.length > 0 || !NAME.test(group) || !NAME.test(name)) return action;
  const own = source.message(`actions.${group}.${name}`);
  if (own) return own;
  if (isContentType(group) && isMove(name)) return `${source.moveLabel(name)} · ${CONTENT_TYPES[group].label[source.lang]}`;
  return action;
}

/** A group of actions in words ("category" → "Chuyên mục"); the name itself when unknown. */
export function auditGroupLabel(group: string, source: LabelSource): string {
  return (NAME.test(group) && source.message(`groups.${group}`)) || group;
}

/** The kind of an item in words ("article" → "tin bài"); the name itself when unknown. */
export function auditTargetTypeLabel(type: string, source: LabelSource): string {
  return (NAME.test(type) && source.message(`targetTypes.${type}`)) || type;
}

export interface ActionGroup {
  group: string;
  label: string;
  actions: { value: string; label: string }[];
}

/** The action names grouped for the filter: groups and actions in the order of their labels. */
export function groupActions(actions: readonly string[], source: LabelSource): ActionGroup[] {
  const collator = new Intl.Collator(source.lang);
  const byGroup = new Map<string, string[]>();
  for (const a of new Set(actions)) byGroup.set(actionGroup(a), [...(byGroup.get(actionGroup(a)) ?? []), a]);
  return [...byGroup.entries()]
    .map(([group, list]) => ({
      group,
      label: auditGroupLabel(group, source),
      actions: list.map((value) => ({ value, label: auditActionLabel(value, source) })).sort((a, b) => collator.compare(a.label, b.label)),
    }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** The label functions in the UI's language (the log screen; the dashboard's recent activity). */
export function useAuditLabels() {
  const { t, te, locale } = useI18n();
  const source = (): LabelSource => ({
    // Checked against the Vietnamese messages: English carries every key (typed), so both answer alike.
    message: (path) => (te(`audit.${path}`, 'vi') ? t(`audit.${path}` as never) : null),
    moveLabel: (move) => t(`workflow.actions.${move}`),
    lang: locale.value === 'en' ? 'en' : 'vi',
  });
  return {
    actionLabel: (action: string) => auditActionLabel(action, source()),
    groupLabel: (group: string) => auditGroupLabel(group, source()),
    targetTypeLabel: (type: string) => auditTargetTypeLabel(type, source()),
    groupActions: (actions: readonly string[]) => groupActions(actions, source()),
  };
}
