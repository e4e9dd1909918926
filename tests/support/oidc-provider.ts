import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
// @ts-expect-error -- oidc-provider ships no type declarations; the little used here is typed below.
import { Provider } from 'oidc-provider';

/** The claims an account of the test provider releases. `sub` is also its login. */
export interface TestAccount {
  sub: string;
  email: string;
  email_verified: boolean;
  name?: string;
  given_name?: string;
  family_name?: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Accounts by login; tests may add some between sign-ins. */
  accounts: Map<string, TestAccount>;
  close(): Promise<void>;
}

interface ProviderInstance {
  callback(): http.RequestListener;
}

/**
 * A real OpenID Connect provider (panva's oidc-provider) on 127.0.0.1 and a free port, with
 * one confidential client whose only redirect URI is `redirectUri`, PKCE required, and the
 * built-in development login form (any password) and consent page.
 */
export async function startTestProvider(options: {
  redirectUri: string;
  accounts: TestAccount[];
  /** false: the ID token holds `sub` only, and the other claims come from the userinfo endpoint. */
  claimsInIdToken?: boolean;
}): Promise<TestProvider> {
  // Listen first: the issuer names the port, and the provider needs its issuer to be built.
  let handler: http.RequestListener = (_req, res) => { res.statusCode = 503; res.end(); };
  const server = http.createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const clientId = 'proxirh-test';
  const clientSecret = crypto.randomBytes(24).toString('base64url');
  const accounts = new Map(options.accounts.map((a) => [a.sub, a]));
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });

  const provider: ProviderInstance = new Provider(issuer, {
    clients: [{
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [options.redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    }],
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'given_name', 'family_name'],
    },
    // By default the scope claims are in the ID token, as most academic providers do.
    conformIdTokenClaims: options.claimsInIdToken === false,
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [crypto.randomBytes(32).toString('base64url')] },
    // Explicit lifetimes, in seconds (the defaults print a notice each time they are used).
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 3600 },
    async findAccount(_ctx: unknown, sub: string) {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return { accountId: sub, async claims() { return { ...account }; } };
    },
  });
  handler = provider.callback();

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}
