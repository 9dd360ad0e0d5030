import { Inject, Injectable } from '@nestjs/common';
import type { SiteRole } from '@congxa/shared/authz';
import { displayStatus, STATE_LABELS, type TransitionRule, type WorkflowMove } from '@congxa/shared/workflow';
import type { Actor } from '../../common/auth/actor';
import { APP_CONFIG, type AppConfig } from '../../common/config/config';
import { MembersService } from '../members/members.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { ContentTypeDefinition } from './content-types';
import { itemFacts } from './item-policy';
import type { ItemView } from './publishing.repository';

/** Who hears about a move, and what they are told ("{type} mới chờ tiếp nhận"). */
const AUDIENCE: Partial<Record<WorkflowMove, { to: 'author' | 'assignee' | SiteRole; what: string }>> = {
  submit: { to: 'deputy', what: 'mới chờ tiếp nhận' },
  assign: { to: 'assignee', what: 'được phân công cho bạn biên tập' },
  verify: { to: 'deputy', what: 'đã được kiểm tra, chờ trình duyệt' },
  forward: { to: 'chief', what: 'chờ Trưởng ban duyệt' },
  return: { to: 'author', what: 'được trả lại để sửa' },
  reject: { to: 'author', what: 'bị từ chối' },
  approve: { to: 'author', what: 'đã được duyệt đăng' },
  schedule: { to: 'author', what: 'đã được duyệt, hẹn giờ đăng' },
  unpublish: { to: 'author', what: 'đã bị gỡ xuống' },
  republish: { to: 'author', what: 'đã được đăng lại' },
  publish_scheduled: { to: 'author', what: 'đã được đăng theo lịch hẹn' },
  expire: { to: 'author', what: 'đã hết thời hạn đăng và được gỡ xuống' },
};

/**
 * Who hears about a move: whoever the item now waits for (deputies for intake and forwarding, the assigned
 * editor, chiefs for approval), and the author when it comes back, is refused, goes live or is taken down.
 * In-app and by mail, in the same transaction as the change (mail leaves through the outbox).
 */
@Injectable()
export class ContentNotifications {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly members: MembersService,
    private readonly notifications: NotificationsService,
  ) {}

  async afterMove(actor: Actor, def: ContentTypeDefinition, v: ItemView, rule: TransitionRule, note: string | null): Promise<void> {
    const audience = AUDIENCE[rule.move];
    if (!audience) return;
    let userIds: string[];
    if (audience.to === 'author') userIds = v.edition.authorId ? [v.edition.authorId] : [];
    else if (audience.to === 'assignee') userIds = v.edition.assigneeId ? [v.edition.assigneeId] : [];
    else userIds = await this.members.userIdsWithRoles(v.item.siteId, [audience.to]);
    userIds = [...new Set(userIds)].filter((id) => id !== actor.userId);
    if (userIds.length === 0) return;
    const what = `${def.schema.label.vi} ${audience.what}`;
    const title = v.head.title;
    const link = `${this.config.publicUrl}/admin/${def.adminPath}/${v.item.id}${actor.site ? `?site=${encodeURIComponent(actor.site.slug)}` : ''}`;
    const status = STATE_LABELS[displayStatus(itemFacts(v))].vi;
    const text = [`${what}: "${title}"`, `Trạng thái: ${status}`, ...(note ? [`Ghi chú: ${note}`] : []), `Xem: ${link}`].join('\n');
    await this.notifications.notify({
      siteId: v.item.siteId,
      userIds,
      kind: `${def.schema.type}.${rule.move}`,
      title: `${what}: ${title}`,
      body: note ?? undefined,
      link,
      articleId: v.item.id,
      mail: { subject: `[CongXa] ${what}: ${title}`, text },
    });
  }
}
