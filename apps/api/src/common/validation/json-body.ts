import type { FastifyBodyParser, FastifyInstance } from 'fastify';
import { AppException } from '../errors/app-exception';
import { ValidationFailed } from '../errors/error.filter';
import { MAX_INPUT_DEPTH, nestingDepth } from './validation.pipe';

/** `charset=` of a Content-Type header, lower-cased without quotes; undefined when there is none. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*("?)([^";\s]*)\1/i.exec(contentType ?? '');
  return m ? m[2]!.toLowerCase() : undefined;
}

/**
 * The API's JSON body parser (Fastify's own, with the same prototype-poisoning protection), stricter about
 * what it takes: JSON is UTF-8 (RFC 8259), so a body declared in another charset is refused (415
 * UNSUPPORTED_MEDIA_TYPE) rather than read as UTF-8, and a body opening with a byte-order mark (which RFC
 * 8259 forbids senders to add; often a sign the text went through another encoding) is 400 INVALID_JSON.
 * Nesting deeper than `MAX_INPUT_DEPTH` is refused here, before any code walks the value.
 */
export function strictJsonParser(fastify: FastifyInstance): FastifyBodyParser<Buffer> {
  const { onProtoPoisoning, onConstructorPoisoning } = fastify.initialConfig as {
    onProtoPoisoning?: 'error' | 'remove' | 'ignore';
    onConstructorPoisoning?: 'error' | 'remove' | 'ignore';
  };
  const parse = fastify.getDefaultJsonParser(onProtoPoisoning ?? 'error', onConstructorPoisoning ?? 'error');
  return (req, body, done) => {
    const charset = charsetOf(req.headers['content-type']);
    if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')
      return done(new AppException(415, 'UNSUPPORTED_MEDIA_TYPE', { charset }), undefined);
    const bom = (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) || (body[0] === 0xfe && body[1] === 0xff) || (body[0] === 0xff && body[1] === 0xfe);
    if (bom) return done(new AppException(400, 'INVALID_JSON', { reason: 'byteOrderMark' }), undefined);
    // Fastify's default JSON parser is synchronous and answers through `done`.
    void parse(req, body.toString('utf8'), (err, value) => {
      if (err) return done(err, undefined);
      if (nestingDepth(value) > MAX_INPUT_DEPTH) return done(new ValidationFailed([{ field: 'body', rule: 'maxDepth' }]), undefined);
      done(null, value);
    });
  };
}
