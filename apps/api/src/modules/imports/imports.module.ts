import { Module } from '@nestjs/common';
import { StorageModule } from '../../common/storage/storage.module';
import { ArticlesModule } from '../articles/articles.module';
import { MediaModule } from '../media/media.module';
import { ArticleOriginalsRepository } from './article-originals.repository';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

/** Import of Word (.docx) and plain-text files as draft articles. */
@Module({
  imports: [StorageModule, ArticlesModule, MediaModule],
  controllers: [ImportsController],
  providers: [ArticleOriginalsRepository, ImportsService],
})
export class ImportsModule {}
