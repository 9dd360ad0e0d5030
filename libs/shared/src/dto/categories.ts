import { IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { SLUG_PATTERN } from './sites';

export class CreateCategoryRequest {
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  name!: string;

  /** Derived from the name when absent. */
  @IsOptional()
  @Matches(SLUG_PATTERN)
  @MaxLength(120)
  slug?: string;

  @IsOptional()
  @IsUUID()
  parentId?: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  position?: number;
}

export class UpdateCategoryRequest {
  @IsInt()
  @Min(1)
  revision!: number;

  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  name?: string;

  @IsOptional()
  @Matches(SLUG_PATTERN)
  @MaxLength(120)
  slug?: string;

  /** `null` moves the category to the top level. */
  @ValidateIf((_o, v) => v !== null)
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @IsOptional()
  @IsInt()
  @Min(0)
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
