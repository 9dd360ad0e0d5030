import { Injectable } from '@nestjs/common';
import { HealthRepository } from './health.repository';

export interface Health {
  status: 'ok' | 'unavailable';
  database: 'up' | 'down';
}

/** How long the database may take to answer before the app reports itself unavailable. */
const DATABASE_TIMEOUT_MS = 3000;

@Injectable()
export class HealthService {
  constructor(private readonly health: HealthRepository) {}

  async check(): Promise<Health> {
    const up = await Promise.race([
      this.health.ping().then(
        () => true,
        () => false,
      ),
      new Promise<boolean>((r) => setTimeout(() => r(false), DATABASE_TIMEOUT_MS).unref()),
    ]);
    return { status: up ? 'ok' : 'unavailable', database: up ? 'up' : 'down' };
  }
}
