import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { JwtStrategy } from '../../common/auth/jwt.strategy';
import { LiveSessions, SessionLookup } from '../../common/auth/live-sessions';
import { UserLookup } from '../../common/auth/lookups';
import { UsersModule } from '../users/users.module';
import { UsersService } from '../users/users.service';
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
    // The JWT strategy (common/auth) looks users and sessions up through lookups this module binds.
    { provide: SessionLookup, useExisting: AuthTokensRepository },
    { provide: UserLookup, useExisting: UsersService },
  ],
  exports: [AuthService],
})
export class AuthModule {}
