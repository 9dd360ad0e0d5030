import { Module } from '@nestjs/common';
import { PublishingModule } from '../publishing/publishing.module';
import { DemoSeedRepository } from './demo-seed.repository';
import { DemoSeedService } from './demo-seed.service';

@Module({ imports: [PublishingModule], providers: [DemoSeedRepository, DemoSeedService], exports: [DemoSeedService] })
export class DemoModule {}
