import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { LocalDiskStorage } from './local-disk.storage';
import { MEDIA_STORAGE, type MediaStorage } from './media-storage';
import { S3Storage } from './s3.storage';

/** The storage the configuration asks for: S3-compatible when S3_BUCKET is set, else the local folder. */
export function createMediaStorage(config: AppConfig): MediaStorage {
  return config.media.s3 ? new S3Storage(config.media.s3) : new LocalDiskStorage(config.media.dir);
}

/** Provides `MEDIA_STORAGE` (inject with `@Inject(MEDIA_STORAGE)`). */
@Module({
  providers: [{ provide: MEDIA_STORAGE, useFactory: createMediaStorage, inject: [APP_CONFIG] }],
  exports: [MEDIA_STORAGE],
})
export class StorageModule {}
