import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { LiveSessions } from './live-sessions';
import { UserLookup } from './lookups';
import { TokenSecret } from './token-secret.service';

export interface AccessTokenPayload {
  sub: string;
  /** The user's session version when the token was issued. */
  sv: number;
  /** The session (refresh-token family) the token belongs to; it stops working when that session ends. */
  sid: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AuthenticatedUser {
  userId: string;
  email: string;
  fullName: string;
  isPlatformAdmin: boolean;
  /** The token's session (`sid`). */
  sessionId: string;
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    secret: TokenSecret,
    private readonly users: UserLookup,
    private readonly sessions: LiveSessions,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      ignoreExpiration: false,
      algorithms: ['HS256'],
      secretOrKeyProvider: (_req: unknown, _token: unknown, done: (err: unknown, secret?: string) => void) => {
        secret.get().then((s) => done(null, s), done);
      },
    });
  }

  /**
   * A token is good only while its user is active and has not changed password or been signed out, and
   * while its session is open (a token without a session, of the older format, is refused).
   */
  async validate(payload: Partial<AccessTokenPayload>): Promise<AuthenticatedUser | false> {
    if (typeof payload.sub !== 'string' || !UUID.test(payload.sub) || typeof payload.sid !== 'string' || !UUID.test(payload.sid)) return false;
    const user = await this.users.sessionUser(payload.sub);
    if (!user || !user.isActive || user.sessionVersion !== payload.sv) return false;
    if (!(await this.sessions.isLive(user.id, payload.sid))) return false;
    return { userId: user.id, email: user.email, fullName: user.fullName, isPlatformAdmin: user.isPlatformAdmin, sessionId: payload.sid };
  }
}
