import type { PublicSiteResponse } from '@congxa/shared/dto/sites';
import { getJson } from '../../core/http';

/** The site the portal's host name belongs to. */
export function fetchSite(): Promise<PublicSiteResponse> {
  return getJson<PublicSiteResponse>('/public/site');
}
