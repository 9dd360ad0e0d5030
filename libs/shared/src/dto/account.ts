import { IsBoolean } from 'class-validator';

/** `POST /me/sessions/revoke-others`: every other session of mine ended (this one continues). */
export interface RevokeOtherSessionsResponse {
  /** How many sessions (signed-in browsers or devices) were ended. */
  ended: number;
}

/** My account settings (`GET /me/preferences`). */
export interface PreferencesResponse {
  /**
   * Workflow notifications (an item waits for me, came back, was published…) also by e-mail. In-app
   * notifications are always kept; invitations and password resets are always mailed.
   */
  emailNotifications: boolean;
}

/** `PATCH /me/preferences` (a personal switch: no revision, the last write wins). */
export class UpdatePreferencesRequest {
  @IsBoolean()
  emailNotifications!: boolean;
}
