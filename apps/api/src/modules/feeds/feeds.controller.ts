import { Controller, Get, Param, Req, RequestMethod, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../common/auth/access.decorators';
import { withTextETag } from '../../common/http/etag';
import { FeedsService } from './feeds.service';
import { Feed, type FeedRequest } from './origin';

/** Fixed public URLs at the root of the portal (other systems link to them), outside the API prefix. */
export const FEED_PATHS = {
  rss: 'rss.xml',
  categoryRss: 'chuyen-muc/:slug/rss.xml',
  documentsRss: 'van-ban/rss.xml',
  proceduresRss: 'thu-tuc/rss.xml',
  sitemap: 'sitemap.xml',
  sitemapPart: 'sitemap-:part.xml',
  robots: 'robots.txt',
} as const;

/** For `setGlobalPrefix(…, { exclude })` (bootstrap.ts): these routes are served where FEED_PATHS says. */
export const FEED_ROUTES: { path: string; method: RequestMethod }[] = Object.values(FEED_PATHS).map((path) => ({ path, method: RequestMethod.GET }));

const RSS = 'application/rss+xml; charset=utf-8';
const XML = 'application/xml; charset=utf-8';
const TEXT = 'text/plain; charset=utf-8';
/** Crawlers and feed readers may keep these five minutes; the ETag makes a later check cheap. */
const CACHE = 'public, max-age=300';

@ApiTags('public')
@Controller()
export class FeedsController {
  constructor(private readonly feeds: FeedsService) {}

  @Get(FEED_PATHS.rss)
  @Public()
  @ApiOperation({ summary: 'RSS 2.0: 50 tin bài mới nhất / the latest 50 articles' })
  async rss(@Feed() r: FeedRequest, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string | undefined> {
    return withTextETag(req, reply, RSS, await this.feeds.rss(r), CACHE);
  }

  @Get(FEED_PATHS.categoryRss)
  @Public()
  @ApiOperation({ summary: 'RSS 2.0 của một chuyên mục và các chuyên mục con / one category and its direct subcategories' })
  async categoryRss(
    @Feed() r: FeedRequest,
    @Param('slug') slug: string,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | undefined> {
    return withTextETag(req, reply, RSS, await this.feeds.rss(r, slug), CACHE);
  }

  @Get(FEED_PATHS.documentsRss)
  @Public()
  @ApiOperation({ summary: 'RSS 2.0: 50 văn bản mới đăng / the latest 50 legal documents published' })
  async documentsRss(@Feed() r: FeedRequest, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string | undefined> {
    return withTextETag(req, reply, RSS, await this.feeds.registerRss(r, 'van-ban'), CACHE);
  }

  @Get(FEED_PATHS.proceduresRss)
  @Public()
  @ApiOperation({ summary: 'RSS 2.0: 50 thủ tục hành chính mới đăng / the latest 50 administrative procedures published' })
  async proceduresRss(@Feed() r: FeedRequest, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string | undefined> {
    return withTextETag(req, reply, RSS, await this.feeds.registerRss(r, 'thu-tuc'), CACHE);
  }

  @Get(FEED_PATHS.sitemap)
  @Public()
  @ApiOperation({ summary: 'Sơ đồ trang / sitemap (an index of parts past 50,000 URLs)' })
  async sitemap(@Feed() r: FeedRequest, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string | undefined> {
    return withTextETag(req, reply, XML, await this.feeds.sitemap(r), CACHE);
  }

  @Get(FEED_PATHS.sitemapPart)
  @Public()
  @ApiOperation({ summary: 'Một phần của sơ đồ trang / one part of the sitemap index' })
  async sitemapPart(
    @Feed() r: FeedRequest,
    @Param('part') part: string,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | undefined> {
    return withTextETag(req, reply, XML, await this.feeds.sitemapPart(r, part), CACHE);
  }

  @Get(FEED_PATHS.robots)
  @Public()
  @ApiOperation({ summary: 'robots.txt' })
  async robots(@Feed() r: FeedRequest, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string | undefined> {
    return withTextETag(req, reply, TEXT, await this.feeds.robots(r), CACHE);
  }
}
