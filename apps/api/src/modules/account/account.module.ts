import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MembersModule } from '../members/members.module';
import { UsersModule } from '../users/users.module';
import { MeController } from './me.controller';
import { MeService } from './me.service';

@Module({ imports: [AuthModule, MembersModule, UsersModule], controllers: [MeController], providers: [MeService] })
export class AccountModule {}
