import { Injectable } from '@nestjs/common';
import { Db } from './db.service';
import { SystemSettingEntity } from './system-setting.entity';

@Injectable()
export class SystemSettingsRepository {
  constructor(private readonly db: Db) {}

  /** Insert the value if the key is new (first writer wins across processes), then read it back. */
  async getOrCreate(key: string, make: () => string): Promise<string> {
    await this.db.manager.query('INSERT INTO system_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [key, make()]);
    const row = await this.db.repo(SystemSettingEntity).findOneByOrFail({ key });
    return row.value;
  }
}
