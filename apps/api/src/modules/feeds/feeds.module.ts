import { Module } from '@nestjs/common';
import { CategoriesModule } from '../categories/categories.module';
import { SitesModule } from '../sites/sites.module';
import { FeedsController } from './feeds.controller';
import { FeedsRepository } from './feeds.repository';
import { FeedsService } from './feeds.service';

/** RSS feeds, sitemaps and robots.txt at the portal's root URLs (see FEED_PATHS). */
@Module({
  imports: [SitesModule, CategoriesModule],
  controllers: [FeedsController],
  providers: [FeedsRepository, FeedsService],
})
export class FeedsModule {}
