/** The contract of the territories module: the académies, their départements and bassins (public). */
import { Type, type Static } from 'typebox';

export const Departement = Type.Object({ code: Type.String(), name: Type.String() });
export type Departement = Static<typeof Departement>;

export const Academie = Type.Object({ code: Type.String(), name: Type.String(), departements: Type.Array(Departement) });
export type Academie = Static<typeof Academie>;
export const Academies = Type.Array(Academie);
export type Academies = Static<typeof Academies>;

/** An académie's code, in any case (`amiens` reads as `AMIENS`). */
export const AcademieParams = Type.Object({ code: Type.String({ maxLength: 40 }) });
export type AcademieParams = Static<typeof AcademieParams>;

export const Bassin = Type.Object({ code: Type.String(), name: Type.String(), departementCode: Type.String() });
export type Bassin = Static<typeof Bassin>;

export const AcademieDetail = Type.Object({
  code: Type.String(), name: Type.String(), departements: Type.Array(Departement), bassins: Type.Array(Bassin),
});
export type AcademieDetail = Static<typeof AcademieDetail>;
