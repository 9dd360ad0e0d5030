import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page } from '@congxa/shared/dto/common';
import { PageQuery } from '@congxa/shared/dto/common';
import { InviteMemberRequest, UpdateMemberRequest, type MemberResponse, type ResendInvitationResponse } from '@congxa/shared/dto/members';
import { Authorize, CurrentActor } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { IdPipe } from '../../common/http/id.pipe';
import { MembersService } from './members.service';

@ApiTags('members')
@ApiBearerAuth()
@Controller('sites/:site/members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get()
  @Authorize('member.read')
  @ApiOperation({ summary: 'Thành viên ban biên tập / list members' })
  list(@CurrentActor() actor: Actor, @Query() q: PageQuery): Promise<Page<MemberResponse>> {
    return this.members.list(actor, q);
  }

  @Get(':id')
  @Authorize('member.read')
  @ApiOperation({ summary: 'Một thành viên / read a member' })
  get(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<MemberResponse> {
    return this.members.get(actor, id);
  }

  @Post()
  @Authorize('member.invite')
  @ApiOperation({ summary: 'Thêm thành viên (gửi lời mời) / add a member and send an invitation' })
  invite(@CurrentActor() actor: Actor, @Body() dto: InviteMemberRequest): Promise<MemberResponse> {
    return this.members.invite(actor, dto);
  }

  @Post(':id/invitation')
  @HttpCode(200)
  @Authorize('member.invite')
  @ApiOperation({
    summary: 'Gửi lại lời mời đặt mật khẩu / mail a new invitation link to a member who has not set a password (earlier links stop working)',
  })
  resendInvitation(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<ResendInvitationResponse> {
    return this.members.resendInvitation(actor, id);
  }

  @Patch(':id')
  @Authorize('member.update')
  @ApiOperation({ summary: 'Đổi vai trò, lĩnh vực / change role, staff flag, fields (revision required)' })
  update(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: UpdateMemberRequest): Promise<MemberResponse> {
    return this.members.update(actor, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authorize('member.remove')
  @ApiOperation({ summary: 'Gỡ thành viên (kết thúc phiên) / remove a member and end their sessions' })
  remove(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<void> {
    return this.members.remove(actor, id);
  }
}
