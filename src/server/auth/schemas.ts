import { Type } from 'typebox';
import { ROLES } from '../../shared/glossary.ts';
import { oneOf } from '../../shared/contracts/common.ts';

export const TerritorySchema = Type.Object({
  level: Type.Union([Type.Literal('national'), Type.Literal('academie'), Type.Literal('departement')]),
  code: Type.String(),
});

export const RoleGrantSchema = Type.Object({
  role: oneOf(ROLES),
  territory: TerritorySchema,
});

export const SessionSchema = Type.Object({
  user: Type.Object({ id: Type.String(), displayName: Type.String(), email: Type.String() }),
  roles: Type.Array(RoleGrantSchema),
  csrfToken: Type.String(),
});

export const DemoAccountSchema = Type.Object({
  id: Type.String(),
  displayName: Type.String(),
  email: Type.String(),
  description: Type.String(),
  roles: Type.Array(RoleGrantSchema),
});
