import type { ItemSummaryResponse } from '@congxa/shared/dto/content';
import { noteRequired, REQUEST_ACTIONS, type RequestAction, type WorkflowPosition } from '@congxa/shared/workflow';

export type ButtonTone = 'primary' | 'secondary' | 'danger';

/** One workflow button of the editor, and what its dialog must ask for. */
export interface ActionButton {
  action: RequestAction;
  tone: ButtonTone;
  /** The transition table says the note is required (return, reject, unpublish, republish). */
  noteRequired: boolean;
  /** Assign asks for the editor. */
  needsAssignee: boolean;
  /** Approve asks for the publish and take-down times (both optional; a future time schedules). */
  needsSchedule: boolean;
}

/**
 * Where an item stands, as the shared table reads it, from what a response carries: the current edition is
 * the live one when the item shows its live status and that edition is the published one (the inverse of
 * the shared `displayStatus`).
 */
export function positionOf(item: Pick<ItemSummaryResponse, 'status' | 'editionStatus' | 'liveStatus'>): WorkflowPosition {
  return {
    edition: item.editionStatus,
    live: item.liveStatus,
    currentIsLive: item.liveStatus !== null && item.status === item.liveStatus && item.editionStatus === 'published',
  };
}

/** Moving the item forward first, then sending it back or away, then filing it; the colour of each. */
const PRESENTATION: Record<RequestAction, { order: number; tone: ButtonTone }> = {
  submit: { order: 1, tone: 'primary' },
  assign: { order: 2, tone: 'primary' },
  verify: { order: 3, tone: 'primary' },
  forward: { order: 4, tone: 'primary' },
  approve: { order: 5, tone: 'primary' },
  republish: { order: 6, tone: 'primary' },
  withdraw: { order: 7, tone: 'secondary' },
  return: { order: 8, tone: 'secondary' },
  reject: { order: 9, tone: 'danger' },
  unpublish: { order: 10, tone: 'danger' },
  archive: { order: 11, tone: 'secondary' },
};

const isRequestAction = (a: string): a is RequestAction => (REQUEST_ACTIONS as readonly string[]).includes(a);

/**
 * The API's `actions` (what the caller may do now) → buttons in a stable order, each asking for a note
 * exactly when the shared table requires one from where the item stands. Unknown names are dropped.
 */
export function actionButtons(actions: readonly string[], at: WorkflowPosition): ActionButton[] {
  return [...new Set(actions.filter(isRequestAction))]
    .sort((a, b) => PRESENTATION[a].order - PRESENTATION[b].order)
    .map((action) => ({
      action,
      tone: PRESENTATION[action].tone,
      noteRequired: noteRequired(action, at),
      needsAssignee: action === 'assign',
      needsSchedule: action === 'approve',
    }));
}
