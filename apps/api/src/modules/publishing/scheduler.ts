import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../common/config/config';
import { SearchIndexer } from './search-indexer';
import { TransitionService } from './transition.service';

/**
 * Publishes scheduled editions (of every type) and takes expired ones down, every CONGXA_SCHEDULER_INTERVAL_MS (15 s by
 * default, so within a minute). Every API process runs it; row locks with SKIP LOCKED make each due item
 * handled exactly once. Its first pass also indexes for the search what was live before the search existed
 * (SearchIndexer.backfill).
 */
@Injectable()
export class PublishingScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Scheduler');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly workflow: TransitionService,
    private readonly search: SearchIndexer,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.schedulerIntervalMs <= 0) return;
    this.timer = setInterval(() => void this.tick(), this.config.schedulerIntervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One pass; passes never overlap within a process. */
  async tick(): Promise<void> {
    if (this.running) return;
    this.running = (async () => {
      try {
        for (let pass = 0; pass < 50 && (await this.workflow.runDue()) > 0; pass++);
        // Once per process (the first pass after start): what was live before the search existed.
        await this.search.backfill();
      } catch (err) {
        this.logger.error(`scheduler pass failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    })();
    await this.running;
    this.running = null;
  }
}
