import { Module } from '@nestjs/common';
import { MediaModule } from '../media/media.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SitesModule } from '../sites/sites.module';
import { ArticleNotifications } from './article-notifications';
import { ArticleScheduler } from './article-scheduler';
import { ArticlesController } from './articles.controller';
import { ArticlesRepository } from './articles.repository';
import { ArticlesService } from './articles.service';
import { PublicArticlesController } from './public-articles.controller';
import { PublicArticlesRepository } from './public-articles.repository';
import { PublicArticlesService } from './public-articles.service';
import { WorkflowService } from './workflow.service';

@Module({
  imports: [SitesModule, NotificationsModule, MediaModule],
  controllers: [ArticlesController, PublicArticlesController],
  providers: [PublicArticlesRepository, PublicArticlesService, ArticlesRepository, ArticlesService, WorkflowService, ArticleNotifications, ArticleScheduler],
  exports: [ArticlesService, ArticlesRepository],
})
export class ArticlesModule {}
