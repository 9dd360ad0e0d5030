import type { SpreadsheetImportType } from '@congxa/shared/dto/imports';
import { DOCUMENT_MAPPER } from './document.mapper';
import type { SpreadsheetMapper } from './mapper';
import { PROCEDURE_MAPPER } from './procedure.mapper';

/** The mapper of each type a spreadsheet can fill (the route answers only for types the API has registered). */
export const SPREADSHEET_MAPPERS: Record<SpreadsheetImportType, SpreadsheetMapper> = {
  document: DOCUMENT_MAPPER,
  procedure: PROCEDURE_MAPPER,
};
