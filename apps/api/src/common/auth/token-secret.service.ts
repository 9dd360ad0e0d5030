import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { SystemSettingsRepository } from '../database/system-settings.repository';

/**
 * The access-token signing secret: JWT_SECRET when given, otherwise one generated on first use and kept
 * in the database, so every API process of an installation agrees on it.
 */
@Injectable()
export class TokenSecret {
  private value: Promise<string> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly settings: SystemSettingsRepository,
  ) {}

  get(): Promise<string> {
    this.value ??= this.config.jwtSecret
      ? Promise.resolve(this.config.jwtSecret)
      : this.settings.getOrCreate('jwt_secret', () => randomBytes(48).toString('base64url'));
    return this.value;
  }
}
