import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { FieldsModule } from '../fields/fields.module';
import { MediaModule } from '../media/media.module';
import { contentController } from '../publishing/content.controller';
import { ContentTypes } from '../publishing/content-types';
import { PublishingModule } from '../publishing/publishing.module';
import { SitesModule } from '../sites/sites.module';
import { PROCEDURE_ROUTES, PROCEDURE_TYPE } from './procedure.type';
import { PublicProceduresController } from './public-procedures.controller';
import { PublicProceduresService } from './public-procedures.service';

/** Thủ tục hành chính on the publishing core: its type definition, its staff routes, and the public list and pages. */
@Module({
  imports: [PublishingModule, SitesModule, FieldsModule, MediaModule, DocumentsModule],
  controllers: [contentController(PROCEDURE_ROUTES), PublicProceduresController],
  providers: [PublicProceduresService],
})
export class ProceduresModule {
  constructor(types: ContentTypes) {
    types.register(PROCEDURE_TYPE);
  }
}
