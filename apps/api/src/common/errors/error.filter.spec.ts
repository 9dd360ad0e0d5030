import { BadRequestException, HttpException, NotFoundException } from '@nestjs/common';
import { AppException } from './app-exception';
import { toApiError, ValidationFailed } from './error.filter';

describe('toApiError', () => {
  it('should carry the code, Vietnamese message and details of an AppException', () => {
    expect(toApiError(new AppException(409, 'LAST_CHIEF'), undefined).body).toEqual({
      statusCode: 409,
      code: 'LAST_CHIEF',
      message: 'Trang phải còn ít nhất một Trưởng ban biên tập.',
    });
    expect(toApiError(new AppException(409, 'LAST_CHIEF'), 'en').body.message).toBe('A site must keep at least one editor-in-chief.');
  });

  it('should translate each bad field of a validation failure', () => {
    const { body } = toApiError(new ValidationFailed([{ field: 'email', rule: 'isEmail' }]), 'vi');
    expect(body.details).toEqual([{ field: 'email', rule: 'isEmail', message: 'Không phải địa chỉ email hợp lệ.' }]);
  });

  it('should map Fastify body errors wrapped by Nest', () => {
    const tooLarge = new HttpException('too large', 413, { cause: Object.assign(new Error('x'), { code: 'FST_ERR_CTP_BODY_TOO_LARGE' }) });
    expect(toApiError(tooLarge, undefined).body.code).toBe('PAYLOAD_TOO_LARGE');
    const badJson = new BadRequestException('bad', { cause: new SyntaxError('Unexpected token') });
    expect(toApiError(badJson, undefined).body.code).toBe('INVALID_JSON');
  });

  it('should tell an unknown route from a missing resource', () => {
    expect(toApiError(new NotFoundException(), undefined, false).body.code).toBe('ROUTE_NOT_FOUND');
    expect(toApiError(new NotFoundException(), undefined, true).body.code).toBe('NOT_FOUND');
  });

  it('should hide unexpected errors behind INTERNAL_ERROR without their message', () => {
    const { body } = toApiError(new Error('password=hunter2 at db.ts:12'), undefined);
    expect(body).toEqual({ statusCode: 500, code: 'INTERNAL_ERROR', message: 'Đã có lỗi hệ thống. Vui lòng thử lại sau.' });
  });
});
