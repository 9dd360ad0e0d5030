import { Module } from '@nestjs/common';
import { FieldsModule } from '../fields/fields.module';
import { MediaModule } from '../media/media.module';
import { contentController } from '../publishing/content.controller';
import { ContentTypes } from '../publishing/content-types';
import { PublishingModule } from '../publishing/publishing.module';
import { SitesModule } from '../sites/sites.module';
import { MediaService } from '../media/media.service';
import { DOCUMENT_ROUTES, documentType } from './document.type';
import { PublicDocumentsController } from './public-documents.controller';
import { PublicDocumentsService } from './public-documents.service';

/** Văn bản on the publishing core: its type definition, its staff routes, and the public register. */
@Module({
  imports: [PublishingModule, SitesModule, FieldsModule, MediaModule],
  controllers: [contentController(DOCUMENT_ROUTES), PublicDocumentsController],
  providers: [PublicDocumentsService],
  // Other types link into the register (a procedure's legal basis).
  exports: [PublicDocumentsService],
})
export class DocumentsModule {
  constructor(types: ContentTypes, media: MediaService) {
    types.register(documentType(media));
  }
}
