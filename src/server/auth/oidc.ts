import crypto from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import * as client from 'openid-client';
import type { Config } from '../config.ts';
import type { DB, Person } from '../db/schema.ts';

// The client side of OpenID Connect sign-in: discovery, authorization URL, code exchange, and
// the mapping of the provider's claims to a person. HTTP lives in oidc-routes.ts.

export type OidcConfig = NonNullable<Config['oidc']>;

/** A sign-in in flight is valid this long: the time to type a password at the provider. */
const FLOW_LIFETIME_MS = 10 * 60_000;
const DISCOVERY_TIMEOUT_SECONDS = 5;

/**
 * An expected failure of the flow. `reason` goes to the logs, so it never holds personal
 * data: a fixed phrase, or an OAuth error code.
 */
export class OidcSignInError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'OidcSignInError';
  }
}

/** Thrown when discovery fails: the provider is down or misconfigured. */
export class OidcUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'OidcUnavailableError';
  }
}

const callbackUrl = (config: Config) => `${config.publicUrl}/api/auth/oidc/callback`;

/** A local path only (`/…`, not `//…` nor `/\…`): never an open redirect. */
function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length > 1024) return '/';
  // eslint-disable-next-line no-control-regex -- a return path with a control character is refused
  if (!/^\/(?![/\\])/.test(value) || /[\\\s\u0000-\u001f\u007f]/.test(value)) return '/';
  return value;
}

// One Configuration per issuer and client, per process, made on first use. A failed
// discovery is forgotten so that the next sign-in tries again.
const configurations = new Map<string, Promise<client.Configuration>>();

async function discover(oidc: OidcConfig, nodeEnv: Config['nodeEnv']): Promise<client.Configuration> {
  const key = `${oidc.issuer}\n${oidc.clientId}`;
  let pending = configurations.get(key);
  if (!pending) {
    // Plain http is for a local provider only; in production the issuer must speak https.
    const insecure = new URL(oidc.issuer).protocol === 'http:' && nodeEnv !== 'production';
    pending = client.discovery(
      new URL(oidc.issuer),
      oidc.clientId,
      undefined,
      oidc.clientSecret ? client.ClientSecretBasic(oidc.clientSecret) : client.None(),
      { timeout: DISCOVERY_TIMEOUT_SECONDS, ...(insecure ? { execute: [client.allowInsecureRequests] } : {}) },
    );
    configurations.set(key, pending);
    pending.catch(() => configurations.delete(key));
  }
  try {
    return await pending;
  } catch (error) {
    throw new OidcUnavailableError(errorCode(error));
  }
}

/** Opens a flow: stores its PKCE verifier and nonce under a fresh state, returns where to send the browser. */
export async function startOidcSignIn(db: Kysely<DB>, config: Config, oidc: OidcConfig, returnTo: string) {
  const configuration = await discover(oidc, config.nodeEnv);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  await db.insertInto('oidc_flows').values({
    state,
    code_verifier: codeVerifier,
    nonce,
    return_to: safeReturnTo(returnTo),
    expires_at: new Date(Date.now() + FLOW_LIFETIME_MS),
  }).execute();
  const authorizationUrl = client.buildAuthorizationUrl(configuration, {
    redirect_uri: callbackUrl(config),
    scope: oidc.scopes,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { authorizationUrl: authorizationUrl.href, state, maxAgeSeconds: FLOW_LIFETIME_MS / 1000 };
}

interface IdentityClaims {
  sub: string;
  email?: string | undefined;
  emailVerified: boolean;
  name?: string | undefined;
  givenName?: string | undefined;
  familyName?: string | undefined;
}

/**
 * Closes a flow: consumes its row (one use), exchanges the code, and returns the person the
 * claims designate. `browserState` is the state the browser's cookie holds.
 */
export async function finishOidcSignIn(
  db: Kysely<DB>, config: Config, oidc: OidcConfig, input: { search: string; browserState: string | undefined },
): Promise<{ person: Person; returnTo: string }> {
  const currentUrl = new URL(`${callbackUrl(config)}${input.search}`);
  const state = currentUrl.searchParams.get('state');
  if (!state) throw new OidcSignInError('missing state');
  const flow = await db.deleteFrom('oidc_flows').where('state', '=', state).returningAll().executeTakeFirst();
  if (!flow || flow.expires_at.getTime() <= Date.now()) throw new OidcSignInError('unknown or expired state');
  if (!input.browserState || !sameString(input.browserState, state)) throw new OidcSignInError('state not bound to this browser');

  let configuration: client.Configuration;
  try {
    configuration = await discover(oidc, config.nodeEnv);
  } catch (error) {
    throw new OidcSignInError(`discovery failed: ${(error as OidcUnavailableError).reason}`);
  }
  let claims: IdentityClaims;
  try {
    const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: flow.code_verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (!idToken) throw new OidcSignInError('no ID token');
    let source: Record<string, unknown> = idToken;
    // Some providers put profile claims in the userinfo answer only, not in the ID token.
    if (typeof idToken.email !== 'string') {
      source = { ...(await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub)), sub: idToken.sub };
    }
    claims = readClaims(source);
  } catch (error) {
    if (error instanceof OidcSignInError) throw error;
    if (error instanceof client.AuthorizationResponseError) throw new OidcSignInError(`provider answered ${error.error}`);
    throw new OidcSignInError(`code exchange failed: ${errorCode(error)}`);
  }
  const person = await findOrCreateOidcPerson(db, oidc.issuer, claims);
  return { person, returnTo: safeReturnTo(flow.return_to) };
}

function readClaims(source: Record<string, unknown>): IdentityClaims {
  const text = (key: string) => {
    const value = source[key];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const sub = text('sub');
  if (!sub) throw new OidcSignInError('no subject');
  return {
    sub,
    email: text('email'),
    // Only a literal true counts: some providers send the string "true", others nothing.
    emailVerified: source.email_verified === true,
    name: text('name'),
    givenName: text('given_name'),
    familyName: text('family_name'),
  };
}

/**
 * The person behind the claims: by issuer and subject first; else by e-mail when the provider
 * vouches for it, and the person is then linked to this subject; else a new person, with no
 * role. A person linked to another subject is never taken over through their e-mail.
 */
async function findOrCreateOidcPerson(db: Kysely<DB>, issuer: string, claims: IdentityClaims): Promise<Person> {
  return db.transaction().execute(async (trx) => {
    const linked = await trx.selectFrom('persons').selectAll()
      .where('oidc_issuer', '=', issuer).where('oidc_subject', '=', claims.sub)
      .executeTakeFirst();
    if (linked) return activeOrRefuse(linked);

    if (!claims.email) throw new OidcSignInError('no e-mail claim');
    const sameEmail = await trx.selectFrom('persons').selectAll()
      .where(sql<string>`lower(email)`, '=', claims.email.toLowerCase())
      .forUpdate()
      .executeTakeFirst();
    if (sameEmail) {
      if (!claims.emailVerified) throw new OidcSignInError('e-mail taken and not verified by the provider');
      if (sameEmail.oidc_subject !== null) throw new OidcSignInError('e-mail linked to another subject');
      const person = await trx.updateTable('persons')
        .set({ oidc_issuer: issuer, oidc_subject: claims.sub })
        .where('id', '=', sameEmail.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return activeOrRefuse(person);
    }

    const composed = [claims.givenName, claims.familyName].filter(Boolean).join(' ');
    return trx.insertInto('persons').values({
      email: claims.email,
      display_name: claims.name ?? (composed || claims.email),
      given_name: claims.givenName ?? null,
      family_name: claims.familyName ?? null,
      oidc_issuer: issuer,
      oidc_subject: claims.sub,
    }).returningAll().executeTakeFirstOrThrow();
  });
}

function activeOrRefuse(person: Person): Person {
  if (!person.active) throw new OidcSignInError('inactive person');
  return person;
}

function sameString(a: string, b: string) {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

/** A code safe to log: OAuth error codes and library error codes carry no personal data. */
function errorCode(error: unknown): string {
  if (error instanceof client.AuthorizationResponseError || error instanceof client.ResponseBodyError) return error.error;
  const code = (error as { code?: unknown })?.code ?? (error as { cause?: { code?: unknown } })?.cause?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.name : 'unknown';
}
