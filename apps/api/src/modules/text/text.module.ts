import { Module } from '@nestjs/common';
import { RouteBodyLimits } from './route-body-limit';
import { TextController } from './text.controller';
import { TextService } from './text.service';

@Module({ controllers: [TextController], providers: [TextService, RouteBodyLimits] })
export class TextModule {}
