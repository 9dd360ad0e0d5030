import { Injectable } from '@nestjs/common';
import { PRESENCE_TTL_SECONDS, type PresenceResponse } from '@congxa/shared/dto/content';
import type { Actor } from '../../common/auth/actor';
import { PresenceRepository } from './presence.repository';
import { PublishingService } from './publishing.service';

/**
 * "Who else has this item open": the admin's heartbeat every ~10 s answers the others seen in the last
 * `PRESENCE_TTL_SECONDS`. Only someone who may read the item takes part (else the item's 404, like a read).
 */
@Injectable()
export class PresenceService {
  constructor(
    private readonly publishing: PublishingService,
    private readonly presence: PresenceRepository,
  ) {}

  async beat(actor: Actor, type: string, id: string, editing: boolean): Promise<PresenceResponse> {
    const v = await this.publishing.readableView(actor, type, id);
    const userId = actor.userId!;
    await this.presence.beat(v.item.id, userId, editing, PRESENCE_TTL_SECONDS);
    const others = await this.presence.others(v.item.id, userId, PRESENCE_TTL_SECONDS);
    return {
      others: others.map((o) => ({ user: { id: o.userId, fullName: o.fullName }, since: o.since.toISOString(), editing: o.editing })),
    };
  }

  async leave(actor: Actor, type: string, id: string): Promise<void> {
    const v = await this.publishing.readableView(actor, type, id);
    await this.presence.leave(v.item.id, actor.userId!);
  }
}
