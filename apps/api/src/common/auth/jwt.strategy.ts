import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { UserLookup } from './lookups';
import { TokenSecret } from './token-secret.service';

export interface AccessTokenPayload {
  sub: string;
  /** The user's session version when the token was issued. */
  sv: number;
}

export interface AuthenticatedUser {
  userId: string;
  email: string;
  fullName: string;
  isPlatformAdmin: boolean;
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    secret: TokenSecret,
    private readonly users: UserLookup,
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

  /** A token is good only while its user is active and has not changed password or been signed out. */
  async validate(payload: AccessTokenPayload): Promise<AuthenticatedUser | false> {
    const user = await this.users.sessionUser(payload.sub);
    if (!user || !user.isActive || user.sessionVersion !== payload.sv) return false;
    return { userId: user.id, email: user.email, fullName: user.fullName, isPlatformAdmin: user.isPlatformAdmin };
  }
}
