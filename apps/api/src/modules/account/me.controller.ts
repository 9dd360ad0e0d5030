import { Body, Controller, Get, HttpCode, Inject, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type PreferencesResponse, type RevokeOtherSessionsResponse, UpdatePreferencesRequest } from '@congxa/shared/dto/account';
import { ChangePasswordRequest, type LoginResponse, type MeResponse } from '@congxa/shared/dto/auth';
import { Authorize, CurrentActor } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { APP_CONFIG, type AppConfig } from '../../common/config/config';
import { AuthService } from '../auth/auth.service';
import { MeService } from './me.service';
import { setRefreshCookie } from '../auth/refresh-cookie';

@ApiTags('auth')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    private readonly me: MeService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Authorize('account.read')
  @ApiOperation({ summary: 'Tài khoản, các trang và quyền của tôi / me, my sites and permissions' })
  get(@CurrentActor() actor: Actor): Promise<MeResponse> {
    return this.me.describe(actor);
  }

  @Post('password')
  @HttpCode(200)
  @Authorize('account.update')
  @ApiOperation({ summary: 'Đổi mật khẩu / change my password (ends my other sessions)' })
  async changePassword(
    @CurrentActor() actor: Actor,
    @Body() dto: ChangePasswordRequest,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponse> {
    const session = await this.auth.changePassword(actor, dto.currentPassword, dto.newPassword);
    setRefreshCookie(req, reply, session.refreshToken, this.config.refreshTokenTtlDays);
    return session.body;
  }

  @Post('sessions/revoke-others')
  @HttpCode(200)
  @Authorize('account.update')
  @ApiOperation({ summary: 'Đăng xuất khỏi các thiết bị khác / end every other session of mine (this one continues)' })
  revokeOtherSessions(@CurrentActor() actor: Actor): Promise<RevokeOtherSessionsResponse> {
    return this.me.revokeOtherSessions(actor);
  }

  @Get('preferences')
  @Authorize('account.read')
  @ApiOperation({ summary: 'Cài đặt tài khoản / my settings (e-mail notifications)' })
  preferences(@CurrentActor() actor: Actor): Promise<PreferencesResponse> {
    return this.me.preferences(actor);
  }

  @Patch('preferences')
  @Authorize('account.update')
  @ApiOperation({ summary: 'Sửa cài đặt tài khoản / change my settings (no revision: a personal switch)' })
  updatePreferences(@CurrentActor() actor: Actor, @Body() dto: UpdatePreferencesRequest): Promise<PreferencesResponse> {
    return this.me.updatePreferences(actor, dto);
  }
}
