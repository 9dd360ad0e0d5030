import type { LoginResponse, MeResponse } from '@congxa/shared/dto/auth';
import { http } from '../../core/http';

export interface Credentials {
  email: string;
  password: string;
}

export function login(credentials: Credentials): Promise<LoginResponse> {
  return http<LoginResponse>('/auth/login', { method: 'POST', body: credentials, auth: false });
}

/** Uses the httpOnly refresh cookie; rejects with 401 when there is no live session. */
export function refresh(): Promise<LoginResponse> {
  return http<LoginResponse>('/auth/refresh', { method: 'POST', auth: false });
}

export function logout(): Promise<void> {
  return http<void>('/auth/logout', { method: 'POST' });
}

export function fetchMe(): Promise<MeResponse> {
  return http<MeResponse>('/me');
}

export function requestPasswordReset(email: string): Promise<void> {
  return http<void>('/auth/password-reset', { method: 'POST', body: { email }, auth: false });
}

export function setPassword(token: string, password: string): Promise<void> {
  return http<void>('/auth/password', { method: 'POST', body: { token, password }, auth: false });
}
