import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page } from '@congxa/shared/dto/common';
import { CreateFieldRequest, UpdateFieldRequest, type FieldResponse } from '@congxa/shared/dto/fields';
import { Authorize, CurrentActor } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { IdPipe } from '../../common/http/id.pipe';
import { FieldsService } from './fields.service';

@ApiTags('fields')
@ApiBearerAuth()
@Controller('sites/:site/fields')
export class FieldsController {
  constructor(private readonly fields: FieldsService) {}

  @Get()
  @Authorize('field.read')
  @ApiOperation({ summary: 'Lĩnh vực / list subject fields' })
  list(@CurrentActor() actor: Actor): Promise<Page<FieldResponse>> {
    return this.fields.list(actor);
  }

  @Post()
  @Authorize('field.manage')
  @ApiOperation({ summary: 'Thêm lĩnh vực / create a field' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateFieldRequest): Promise<FieldResponse> {
    return this.fields.create(actor, dto);
  }

  @Patch(':id')
  @Authorize('field.manage')
  @ApiOperation({ summary: 'Đổi tên lĩnh vực / rename a field (revision required)' })
  update(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: UpdateFieldRequest): Promise<FieldResponse> {
    return this.fields.update(actor, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authorize('field.manage')
  @ApiOperation({ summary: 'Xóa lĩnh vực chưa phân công / delete an unassigned field' })
  remove(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<void> {
    return this.fields.remove(actor, id);
  }
}
