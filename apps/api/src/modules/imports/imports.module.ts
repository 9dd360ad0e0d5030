import { Module } from '@nestjs/common';
import { StorageModule } from '../../common/storage/storage.module';
import { PublishingModule } from '../publishing/publishing.module';
import { MediaModule } from '../media/media.module';
import { ContentOriginalsRepository } from './content-originals.repository';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

/** Import of Word (.docx) and plain-text files as draft articles. */
@Module({
  imports: [StorageModule, PublishingModule, MediaModule],
  controllers: [ImportsController],
  providers: [ContentOriginalsRepository, ImportsService],
})
export class ImportsModule {}
