import type { PreferencesResponse, RevokeOtherSessionsResponse } from '@congxa/shared/dto/account';
import type { LoginResponse } from '@congxa/shared/dto/auth';
import { http } from '../../core/http';

/** `POST /me/password`: answers a new session (the other sessions end). */
export function changePassword(currentPassword: string, newPassword: string): Promise<LoginResponse> {
  return http<LoginResponse>('/me/password', { method: 'POST', body: { currentPassword, newPassword } });
}

export function revokeOtherSessions(): Promise<RevokeOtherSessionsResponse> {
  return http<RevokeOtherSessionsResponse>('/me/sessions/revoke-others', { method: 'POST' });
}

export function fetchPreferences(): Promise<PreferencesResponse> {
  return http<PreferencesResponse>('/me/preferences');
}

export function updatePreferences(body: PreferencesResponse): Promise<PreferencesResponse> {
  return http<PreferencesResponse>('/me/preferences', { method: 'PATCH', body });
}
