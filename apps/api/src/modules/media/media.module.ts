import { Module } from '@nestjs/common';
import { StorageModule } from '../../common/storage/storage.module';
import { MediaController } from './media.controller';
import { MediaRepository } from './media.repository';
import { MediaService } from './media.service';
import { PublicMediaController } from './public-media.controller';

/** The media library. Exports the repository for the article workflow (`findInSite`, alt-text checks). */
@Module({
  imports: [StorageModule],
  controllers: [MediaController, PublicMediaController],
  providers: [MediaRepository, MediaService],
  exports: [MediaRepository, MediaService],
})
export class MediaModule {}
