import { ARTICLE_ACTIONS, findRule, TRANSITIONS, type ArticleAction, type ArticleState } from '@congxa/shared/workflow';

export type ButtonTone = 'primary' | 'secondary' | 'danger';

/** One workflow button of the editor, and what its dialog must ask for. */
export interface ActionButton {
  action: ArticleAction;
  tone: ButtonTone;
  /** The transition table says the note is required (return, reject, unpublish, republish). */
  noteRequired: boolean;
  /** Assign asks for the editor. */
  needsAssignee: boolean;
  /** Approve asks for the publish and take-down times (both optional). */
  needsSchedule: boolean;
}

/** Moving the item forward first, then sending it back or away, then filing it. */
const ORDER: readonly ArticleAction[] = [
  'submit',
  'assign',
  'verify',
  'forward',
  'approve',
  'republish',
  'withdraw',
  'return',
  'reject',
  'unpublish',
  'archive',
];

const TONES: Record<ArticleAction, ButtonTone> = {
  submit: 'primary',
  assign: 'primary',
  verify: 'primary',
  forward: 'primary',
  approve: 'primary',
  republish: 'primary',
  withdraw: 'secondary',
  return: 'secondary',
  archive: 'secondary',
  reject: 'danger',
  unpublish: 'danger',
};

/**
 * Is a note required for `action`? Asked of the rule from the state it acts on (the working edition's,
 * or the live one's for unpublish/republish/archive); any rule of the action when neither matches.
 */
export function noteRequired(action: ArticleAction, status: ArticleState, liveStatus: ArticleState | null = null): boolean {
  const rule = findRule(action, status) ?? (liveStatus ? findRule(action, liveStatus) : undefined) ?? TRANSITIONS.find((r) => r.action === action);
  return rule?.note === 'required';
}

/** The API's `actions` (what the caller may do now) → buttons in a stable order. Unknown names are dropped. */
export function actionButtons(actions: readonly string[], status: ArticleState, liveStatus: ArticleState | null = null): ActionButton[] {
  const known = new Set(actions.filter((a): a is ArticleAction => (ARTICLE_ACTIONS as readonly string[]).includes(a)));
  return ORDER.filter((action) => known.has(action)).map((action) => ({
    action,
    tone: TONES[action],
    noteRequired: noteRequired(action, status, liveStatus),
    needsAssignee: action === 'assign',
    needsSchedule: action === 'approve',
  }));
}
