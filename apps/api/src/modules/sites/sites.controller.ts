import { Body, Controller, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page } from '@congxa/shared/dto/common';
import { PageQuery } from '@congxa/shared/dto/common';
import {
  CreateSiteRequest,
  UpdateSiteBannerRequest,
  UpdateSiteRequest,
  UpdateSiteSettingsRequest,
  type SiteResponse,
  type SiteSettingsResponse,
} from '@congxa/shared/dto/sites';
import { Authorize, CurrentActor } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { SitesService } from './sites.service';

@ApiTags('sites')
@ApiBearerAuth()
@Controller('sites')
export class SitesController {
  constructor(private readonly sites: SitesService) {}

  @Get()
  @Authorize('platform.site.manage')
  @ApiOperation({ summary: 'Danh sách trang xã / list sites (platform admin)' })
  list(@Query() q: PageQuery): Promise<Page<SiteResponse>> {
    return this.sites.list(q);
  }

  @Post()
  @Authorize('platform.site.manage')
  @ApiOperation({ summary: 'Tạo trang xã / create a site (platform admin)' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateSiteRequest): Promise<SiteResponse> {
    return this.sites.create(actor, dto);
  }

  @Get(':site')
  @Authorize('site.read')
  @ApiOperation({ summary: 'Thông tin trang / read a site' })
  get(@CurrentActor() actor: Actor): Promise<SiteResponse> {
    return this.sites.get(actor);
  }

  @Patch(':site')
  @Authorize('platform.site.manage')
  @ApiOperation({ summary: 'Sửa trang / edit a site (platform admin; revision required)' })
  update(@CurrentActor() actor: Actor, @Param('site') site: string, @Body() dto: UpdateSiteRequest): Promise<SiteResponse> {
    return this.sites.update(actor, site, dto);
  }

  @Get(':site/settings')
  @Authorize('site.read')
  @ApiOperation({ summary: 'Thông tin chân trang, thông báo của trang / the portal footer details and notice banner' })
  settings(@CurrentActor() actor: Actor): Promise<SiteSettingsResponse> {
    return this.sites.getSettings(actor);
  }

  @Patch(':site/settings')
  @Authorize('site.settings')
  @ApiOperation({ summary: 'Sửa thông tin chân trang, thông báo / edit the footer details and notice banner (chief; revision required)' })
  updateSettings(@CurrentActor() actor: Actor, @Body() dto: UpdateSiteSettingsRequest): Promise<SiteSettingsResponse> {
    return this.sites.updateSettings(actor, dto);
  }

  @Put(':site/banner')
  @Authorize('site.banner')
  @ApiOperation({
    summary: 'Bật, sửa, tắt thông báo khẩn (có giờ kết thúc) / switch the site-wide notice on, change it or off (deputy and chief; settings revision required)',
  })
  updateBanner(@CurrentActor() actor: Actor, @Body() dto: UpdateSiteBannerRequest): Promise<SiteSettingsResponse> {
    return this.sites.updateBanner(actor, dto);
  }
}
