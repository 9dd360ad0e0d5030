import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LoginRequest, PasswordResetRequest, SetPasswordRequest, type LoginResponse } from '@congxa/shared/dto/auth';
import { CurrentActor, Public } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { APP_CONFIG, type AppConfig } from '../../common/config/config';
import { AuthService, type IssuedSession } from './auth.service';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @ApiOperation({ summary: 'Đăng nhập / sign in' })
  async login(
    @CurrentActor() actor: Actor,
    @Body() dto: LoginRequest,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponse> {
    return this.handOut(req, reply, await this.auth.login(actor, dto.email, dto.password));
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  @ApiOperation({ summary: 'Làm mới phiên (cookie) / rotate the refresh token' })
  async refresh(@CurrentActor() actor: Actor, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<LoginResponse> {
    return this.handOut(req, reply, await this.auth.refresh(actor, readRefreshCookie(req)));
  }

  @Post('logout')
  @HttpCode(204)
  @Public()
  @ApiOperation({ summary: 'Đăng xuất / sign out (revokes the refresh token family)' })
  async logout(@CurrentActor() actor: Actor, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(actor, readRefreshCookie(req));
    clearRefreshCookie(reply);
  }

  @Post('password-reset')
  @HttpCode(202)
  @Public()
  @ApiOperation({ summary: 'Yêu cầu đặt lại mật khẩu / request a reset link (same answer for any email)' })
  async requestReset(@CurrentActor() actor: Actor, @Body() dto: PasswordResetRequest): Promise<void> {
    await this.auth.requestPasswordReset(actor, dto.email);
  }

  @Post('password')
  @HttpCode(204)
  @Public()
  @ApiOperation({ summary: 'Đặt mật khẩu từ liên kết mời hoặc đặt lại / set a password from a link' })
  async setPassword(@CurrentActor() actor: Actor, @Body() dto: SetPasswordRequest): Promise<void> {
    await this.auth.setPasswordWithToken(actor, dto.token, dto.password);
  }

  private handOut(req: FastifyRequest, reply: FastifyReply, session: IssuedSession): LoginResponse {
    setRefreshCookie(req, reply, session.refreshToken, this.config.refreshTokenTtlDays);
    return session.body;
  }
}
