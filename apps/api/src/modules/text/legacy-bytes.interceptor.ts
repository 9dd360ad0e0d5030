import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { c1ToCp1252 } from '@congxa/shared/text';

/**
 * Legacy text that went through a Latin-1 decoder carries cp1252 bytes 0x80–0x9F as C1 control characters
 * (U+0093 for “), which the global validation pipe refuses. For the conversion route only, and before that
 * pipe runs, `text` gets the cp1252 character of each such byte instead; the five bytes cp1252 leaves
 * undefined stay and are refused as control characters.
 */
@Injectable()
export class LegacyBytesInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const body = context.switchToHttp().getRequest<{ body?: unknown }>().body;
    if (body && typeof body === 'object' && !Array.isArray(body)) {
      const fields = body as Record<string, unknown>;
      if (typeof fields.text === 'string') fields.text = c1ToCp1252(fields.text);
    }
    return next.handle();
  }
}
