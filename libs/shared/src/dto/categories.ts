import { IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { SLUG_PATTERN } from './sites';
import { IsIntBetween, IsOptionalNotNull, IsOptionalOrNull } from './validators';

export class CreateCategoryRequest {
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  name!: string;

  /** Derived from the name when absent. */
  @IsOptionalNotNull()
  @Matches(SLUG_PATTERN)
  @MaxLength(120)
  slug?: string;

  @IsOptionalNotNull()
  @IsUUID()
  parentId?: string;

  @IsOptionalNotNull()
  @IsIntBetween(0)
  position?: number;
}

export class UpdateCategoryRequest {
  @IsIntBetween(1)
  revision!: number;

  @IsOptionalNotNull()
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  name?: string;

  @IsOptionalNotNull()
  @Matches(SLUG_PATTERN)
  @MaxLength(120)
  slug?: string;

  /** `null` moves the category to the top level. */
  /** `null` moves the category to the top level. */
  @IsOptionalOrNull()
  @IsUUID()
  parentId?: string | null;

  @IsOptionalNotNull()
  @IsIntBetween(0)
  position?: number;
}

export interface CategoryResponse {
  id: string;
  parentId: string | null;
  name: string;
  slug: string;
  position: number;
  revision: number;
}
