import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';

/** The instance with TypeBox types flowing from each route's schema to its handler. */
export const typed = (app: FastifyInstance) => app.withTypeProvider<TypeBoxTypeProvider>();

import { Type, type Static, type TSchema } from 'typebox';

/** A string that must be one of `values` (JSON Schema `enum`), typed as their union. */
export const oneOf = <const T extends readonly string[]>(values: T, options: { description?: string } = {}) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });

/**
 * `schema` or null, written as OpenAPI 3.0 and fast-json-stringify read it (`nullable`). A union
 * with null would make the serializer validate each value against every branch to choose one.
 */
export const nullable = <T extends TSchema>(schema: T) => Type.Unsafe<Static<T> | null>({ ...schema, nullable: true });
