import { Controller, Get, Headers } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PublicSiteResponse } from '@congxa/shared/dto/sites';
import { Public } from '../../common/auth/access.decorators';
import { SitesService } from './sites.service';

@ApiTags('public')
@Controller('public/site')
export class PublicSiteController {
  constructor(private readonly sites: SitesService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Trang xã đang phục vụ (theo tên miền) / the site this host serves' })
  get(@Headers('host') host: string | undefined): Promise<PublicSiteResponse> {
    return this.sites.publicInfo(host);
  }
}
