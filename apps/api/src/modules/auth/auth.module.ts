import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { JwtStrategy } from '../../common/auth/jwt.strategy';
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
  // The JWT strategy (common/auth) looks users up through UserLookup, which the users module implements.
  providers: [AuthService, AuthTokensRepository, LoginThrottleRepository, JwtStrategy, { provide: UserLookup, useExisting: UsersService }],
  exports: [AuthService],
})
export class AuthModule {}
