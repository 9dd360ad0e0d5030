import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page } from '@congxa/shared/dto/common';
import { CreateCategoryRequest, UpdateCategoryRequest, type CategoryResponse } from '@congxa/shared/dto/categories';
import { Authorize, CurrentActor } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { IdPipe } from '../../common/http/id.pipe';
import { CategoriesService } from './categories.service';

@ApiTags('categories')
@ApiBearerAuth()
@Controller('sites/:site/categories')
export class CategoriesController {
  constructor(private readonly categories: CategoriesService) {}

  @Get()
  @Authorize('category.read')
  @ApiOperation({ summary: 'Chuyên mục (cây) / list categories as a tree' })
  list(@CurrentActor() actor: Actor): Promise<Page<CategoryResponse>> {
    return this.categories.list(actor);
  }

  @Post()
  @Authorize('category.manage')
  @ApiOperation({ summary: 'Thêm chuyên mục / create a category' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateCategoryRequest): Promise<CategoryResponse> {
    return this.categories.create(actor, dto);
  }

  @Patch(':id')
  @Authorize('category.manage')
  @ApiOperation({ summary: 'Sửa, chuyển chuyên mục / edit or move a category (revision required)' })
  update(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: UpdateCategoryRequest): Promise<CategoryResponse> {
    return this.categories.update(actor, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authorize('category.manage')
  @ApiOperation({ summary: 'Xóa chuyên mục không còn mục con / delete a category without children' })
  remove(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<void> {
    return this.categories.remove(actor, id);
  }
}
