import path from 'node:path';

/** Runtime configuration, read once from the environment and validated before anything starts. */
export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl: string;
  databaseUrl: string | undefined;
  dataDir: string;
  demoMode: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  trustProxy: boolean;
  sessionIdleMinutes: number;
  /** A session read this recently is answered from memory (0: always read); see session-store.ts. */
  sessionCacheSeconds: number;
  /** Sign-in attempts allowed per client address and minute. */
  signInRateLimitPerMinute: number;
  oidc: { issuer: string; clientId: string; clientSecret: string | undefined; scopes: string } | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  jobsEnabled: boolean;
  /** Counts from 1 to this many are masked in reports (« < 5 »): statistical secrecy. */
  reportMaskThreshold: number;
}

/** Thrown when a variable is wrong: the message is one French sentence naming the variable. */
export class ConfigError extends Error {
  constructor(readonly variable: string, message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const NODE_ENVS = ['development', 'production', 'test'] as const;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigError(name, `La variable ${name} vaut « ${value} » ; valeurs admises : ${allowed.join(', ')}.`);
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(name, `La variable ${name} doit être un entier entre ${min} et ${max} (reçu « ${value} »).`);
  }
  return n;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (['true', '1', 'yes', 'oui'].includes(value.toLowerCase())) return true;
  if (['false', '0', 'no', 'non'].includes(value.toLowerCase())) return false;
  throw new ConfigError(name, `La variable ${name} doit valoir true ou false (reçu « ${value} »).`);
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(name, `La variable ${name} n'est pas une URL valide (attendu : ${protocols.map((p) => `${p}//…`).join(' ou ')}).`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `La variable ${name} doit commencer par ${protocols.map((p) => `${p}//`).join(' ou ')} (reçu « ${parsed.protocol}// »).`);
  }
  if (!parsed.hostname && !parsed.searchParams.get('host')) {
    throw new ConfigError(name, `La variable ${name} ne nomme aucun serveur.`);
  }
  return value;
}

export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', NODE_ENVS, 'development');
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const requestedDemo = boolean(env, 'DEMO_MODE', databaseUrl === undefined);
  if (nodeEnv === 'production' && env.DEMO_MODE && requestedDemo) {
    throw new ConfigError('DEMO_MODE', 'La variable DEMO_MODE ne peut pas valoir true quand NODE_ENV=production : les comptes de démonstration ouvriraient le service à tous.');
  }
  const issuer = url(env, 'OIDC_ISSUER', ['https:', 'http:']);
  const clientId = env.OIDC_CLIENT_ID || undefined;
  if (issuer && !clientId) {
    throw new ConfigError('OIDC_CLIENT_ID', 'La variable OIDC_CLIENT_ID est requise quand OIDC_ISSUER est renseignée.');
  }
  if (issuer && nodeEnv === 'production' && !issuer.startsWith('https://')) {
    throw new ConfigError('OIDC_ISSUER', 'La variable OIDC_ISSUER doit être une adresse https:// en production.');
  }
  const publicUrl = url(env, 'PUBLIC_URL', ['https:', 'http:']) ?? `http://localhost:${port}`;
  return {
    nodeEnv,
    host: env.HOST || '0.0.0.0',
    port,
    publicUrl: publicUrl.replace(/\/$/, ''),
    databaseUrl,
    dataDir: path.resolve(env.DATA_DIR || 'data'),
    demoMode: nodeEnv === 'production' ? false : requestedDemo,
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
    trustProxy: boolean(env, 'TRUST_PROXY', false),
    sessionIdleMinutes: integer(env, 'SESSION_IDLE_MINUTES', 120, 5, 24 * 60),
    sessionCacheSeconds: integer(env, 'SESSION_CACHE_SECONDS', 5, 0, 60),
    signInRateLimitPerMinute: integer(env, 'SIGN_IN_RATE_LIMIT', 20, 1, 100_000),
    reportMaskThreshold: integer(env, 'REPORT_MASK_THRESHOLD', 5, 1, 100),
    oidc: issuer && clientId
      ? { issuer, clientId, clientSecret: env.OIDC_CLIENT_SECRET || undefined, scopes: env.OIDC_SCOPES || 'openid email profile' }
      : undefined,
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: env.MAIL_FROM || 'ProxiRH <ne-pas-repondre@proxirh.localhost>',
    jobsEnabled: boolean(env, 'JOBS_ENABLED', true),
  };
}
