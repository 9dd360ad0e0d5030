import type { Page } from '@congxa/shared/dto/common';
import type { MailStatus, OutboxMailResponse } from '@congxa/shared/dto/notifications';
import { http } from '../../core/http';

export interface OutboxParams {
  status?: MailStatus;
  page?: number;
  pageSize?: number;
}

/** GET /sites/:site/outbox — the site's mail, newest first (permission `outbox.read`). */
export function listOutbox(siteSlug: string, params: OutboxParams = {}): Promise<Page<OutboxMailResponse>> {
  return http<Page<OutboxMailResponse>>(`/sites/${encodeURIComponent(siteSlug)}/outbox`, {
    query: { status: params.status, page: params.page, pageSize: params.pageSize },
  });
}
