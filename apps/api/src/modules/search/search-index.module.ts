import { Module } from '@nestjs/common';
import { SearchDocumentsRepository } from './search-documents.repository';
import { SearchIndexService } from './search-index.service';

/**
 * The search documents' table and its writer, imported by the publishing core (which keeps it in step with
 * what is live). Depends on nothing but the database, so the core can import it without a cycle.
 */
@Module({ providers: [SearchDocumentsRepository, SearchIndexService], exports: [SearchIndexService, SearchDocumentsRepository] })
export class SearchIndexModule {}
