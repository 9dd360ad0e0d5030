import { Module } from '@nestjs/common';
import { StorageModule } from '../../common/storage/storage.module';
import { FieldsModule } from '../fields/fields.module';
import { PublishingModule } from '../publishing/publishing.module';
import { MediaModule } from '../media/media.module';
import { ContentOriginalsRepository } from './content-originals.repository';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';
import { SpreadsheetImportController } from './spreadsheet/spreadsheet-import.controller';
import { SpreadsheetImportService } from './spreadsheet/spreadsheet-import.service';

/** Import of Word (.docx) and plain-text files as draft articles, and of registers (legal documents, procedures) from spreadsheets. */
@Module({
  imports: [StorageModule, PublishingModule, MediaModule, FieldsModule],
  controllers: [ImportsController, SpreadsheetImportController],
  providers: [ContentOriginalsRepository, ImportsService, SpreadsheetImportService],
})
export class ImportsModule {}
