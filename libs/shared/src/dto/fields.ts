import { IsInt, IsOptional, IsString, MaxLength, Min, MinLength } from 'class-validator';

export class CreateFieldRequest {
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  name!: string;
}

export class UpdateFieldRequest {
  @IsInt()
  @Min(1)
  revision!: number;

  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  name?: string;
}

export interface FieldResponse {
  id: string;
  name: string;
  slug: string;
  memberCount: number;
  revision: number;
}
