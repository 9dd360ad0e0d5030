import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { JwtStrategy } from '../../common/auth/jwt.strategy';
import { LiveSessions, SessionLookup } from '../../common/auth/live-sessions';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { AuthTokensRepository } from './auth-tokens.repository';
import { LoginThrottleRepository } from './login-throttle.repository';

@Module({
  imports: [UsersModule, PassportModule, JwtModule.register({})],
  controllers: [AuthController],
  providers: [
    AuthService,
    AuthTokensRepository,
    LoginThrottleRepository,
    JwtStrategy,
    LiveSessions,
    { provide: SessionLookup, useExisting: AuthTokensRepository },
  ],
  exports: [AuthService],
})
export class AuthModule {}
