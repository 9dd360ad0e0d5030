import { Module } from '@nestjs/common';
import { MediaModule } from '../media/media.module';
import { PublishingModule } from '../publishing/publishing.module';
import { DemoSeedRepository } from './demo-seed.repository';
import { DemoSeedService } from './demo-seed.service';

@Module({ imports: [PublishingModule, MediaModule], providers: [DemoSeedRepository, DemoSeedService], exports: [DemoSeedService] })
export class DemoModule {}
