import { describe, expect, it } from 'vitest';
import { type ConfigError, loadConfig } from './config.ts';

function errorOf(env: Record<string, string>) {
  try {
    loadConfig(env);
  } catch (error) {
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration', () => {
  it('runs on the embedded database in demo mode when nothing is set', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.demoMode).toBe(true);
    expect(config.port).toBe(3000);
    expect(config.dataDir).toMatch(/data$/);
  });

  it('turns demo mode off by default on a PostgreSQL server, and forces it off in production', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db.example/proxirh' }).demoMode).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).demoMode).toBe(false);
  });

  it('refuses an explicit DEMO_MODE=true in production', () => {
    expect(errorOf({ NODE_ENV: 'production', DEMO_MODE: 'true' }).variable).toBe('DEMO_MODE');
  });

  it('names DATABASE_URL in one French sentence when it is malformed', () => {
    const error = errorOf({ DATABASE_URL: 'not a url' });
    expect(error.variable).toBe('DATABASE_URL');
    expect(error.message).toMatch(/^La variable DATABASE_URL n'est pas une URL valide/);
    expect(errorOf({ DATABASE_URL: 'mysql://x@y/z' }).message).toContain('postgres://');
  });

  it('lists the allowed values of NODE_ENV when it is unknown', () => {
    const error = errorOf({ NODE_ENV: 'staging' });
    expect(error.variable).toBe('NODE_ENV');
    expect(error.message).toContain('development, production, test');
  });

  it('rejects a port that is not a port', () => {
    expect(errorOf({ PORT: '70000' }).variable).toBe('PORT');
    expect(errorOf({ PORT: 'abc' }).variable).toBe('PORT');
  });

  it('asks for the client id when an OpenID Connect issuer is given', () => {
    expect(errorOf({ OIDC_ISSUER: 'https://idp.example' }).variable).toBe('OIDC_CLIENT_ID');
    expect(loadConfig({ OIDC_ISSUER: 'https://idp.example', OIDC_CLIENT_ID: 'proxirh' }).oidc?.clientId).toBe('proxirh');
  });
});

describe('configuration in production', () => {
  it('refuses an OpenID Connect issuer that is not https', () => {
    expect(errorOf({ NODE_ENV: 'production', OIDC_ISSUER: 'http://idp.example', OIDC_CLIENT_ID: 'x' }).variable).toBe('OIDC_ISSUER');
  });
});
