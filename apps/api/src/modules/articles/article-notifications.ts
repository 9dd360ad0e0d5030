import { Inject, Injectable } from '@nestjs/common';
import type { ArticleAction, ArticleState } from '@congxa/shared/workflow';
import { STATE_LABELS } from '@congxa/shared/workflow';
import type { Actor } from '../../common/auth/actor';
import { APP_CONFIG, type AppConfig } from '../../common/config/config';
import { NotificationsService } from '../notifications/notifications.service';
import type { ArticleEntity } from './article.entity';
import { ArticlesRepository } from './articles.repository';

/**
 * Who hears about a transition: whoever the item now waits for (deputies for intake and forwarding, the
 * assigned editor, chiefs for approval), and the author when it comes back, is refused, goes live or is
 * taken down. In-app and by mail, in the same transaction as the change (mail leaves through the outbox).
 */
@Injectable()
export class ArticleNotifications {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly articles: ArticlesRepository,
    private readonly notifications: NotificationsService,
  ) {}

  async afterTransition(actor: Actor, a: ArticleEntity, action: ArticleAction, _from: ArticleState, note: string | null): Promise<void> {
    const roles = (r: string[]) => this.articles.membersWithRoles(a.siteId, r).then((ms) => ms.map((m) => m.userId));
    const author = a.editionAuthorId ? [a.editionAuthorId] : [];
    let userIds: string[];
    let what: string;
    switch (action) {
      case 'submit':
        userIds = await roles(['deputy']);
        what = 'Tin bài mới chờ tiếp nhận';
        break;
      case 'assign':
        userIds = a.assigneeId ? [a.assigneeId] : [];
        what = 'Tin bài được phân công cho bạn biên tập';
        break;
      case 'verify':
        userIds = await roles(['deputy']);
        what = 'Tin bài đã được kiểm tra, chờ trình duyệt';
        break;
      case 'forward':
        userIds = await roles(['chief']);
        what = 'Tin bài chờ Trưởng ban duyệt';
        break;
      case 'return':
        userIds = author;
        what = 'Tin bài được trả lại để sửa';
        break;
      case 'reject':
        userIds = author;
        what = 'Tin bài bị từ chối';
        break;
      case 'approve':
        userIds = author;
        what = a.status === 'scheduled' ? 'Tin bài đã được duyệt, hẹn giờ đăng' : 'Tin bài đã được duyệt đăng';
        break;
      case 'unpublish':
        userIds = author;
        what = 'Tin bài đã bị gỡ xuống';
        break;
      default:
        return;
    }
    userIds = [...new Set(userIds)].filter((id) => id !== actor.userId);
    if (userIds.length === 0) return;
    const link = `${this.config.publicUrl}/admin/tin-bai/${a.id}${actor.site ? `?site=${encodeURIComponent(actor.site.slug)}` : ''}`;
    const status = STATE_LABELS[a.status].vi;
    const text = [`${what}: "${a.content.title}"`, `Trạng thái: ${status}`, ...(note ? [`Ghi chú: ${note}`] : []), `Xem: ${link}`].join('\n');
    await this.notifications.notify({
      siteId: a.siteId,
      userIds,
      kind: `article.${action}`,
      title: `${what}: ${a.content.title}`,
      body: note ?? undefined,
      link,
      articleId: a.id,
      mail: { subject: `[CongXa] ${what}: ${a.content.title}`, text },
    });
  }
}
