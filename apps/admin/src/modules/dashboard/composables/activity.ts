import type { AuditEntryResponse } from '@congxa/shared/dto/audit';
import { WORKFLOW_MOVES, type WorkflowMove } from '@congxa/shared/workflow';
import { isContentType } from '../../content/composables/labels';
import type { ContentType } from '@congxa/shared/content';

/** One line of "recent activity": who did which workflow move on which item, when. */
export interface ActivityEntry {
  id: string;
  actor: string | null;
  move: WorkflowMove;
  type: ContentType;
  itemId: string;
  at: string;
}

/**
 * The audit entries that read as a sentence about an item (`article.approve`, `page.submit`…), newest first,
 * at most `max`. Other entries (members, settings…) belong to the audit log page.
 */
export function activityEntries(entries: readonly AuditEntryResponse[], max = 10): ActivityEntry[] {
  const out: ActivityEntry[] = [];
  for (const e of entries) {
    const [type, move] = e.action.split('.', 2);
    if (!type || !move || !isContentType(type) || !(WORKFLOW_MOVES as readonly string[]).includes(move) || !e.targetId) continue;
    out.push({ id: e.id, actor: e.actor?.fullName ?? null, move: move as WorkflowMove, type, itemId: e.targetId, at: e.createdAt });
    if (out.length >= max) break;
  }
  return out;
}
