import { Module } from '@nestjs/common';
import { SitesModule } from '../sites/sites.module';
import { PublicSearchController } from './public-search.controller';
import { SearchIndexModule } from './search-index.module';
import { SearchService } from './search.service';

/** The public search (`GET /public/search`) over the documents the publishing core keeps (SearchIndexModule). */
@Module({
  imports: [SearchIndexModule, SitesModule],
  controllers: [PublicSearchController],
  providers: [SearchService],
})
export class SearchModule {}
