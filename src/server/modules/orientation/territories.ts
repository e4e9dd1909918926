import type { Executor } from '../../db/schema.ts';
import { invalid } from '../../errors/app-error.ts';
import { academieOf, NATIONAL_CODE } from '../../../shared/territories.ts';
import type { TerritoryInput } from '../../../shared/contracts/orientation.ts';
import { findBassins } from './repository.ts';

export interface TerritoryToStore { level: 'national' | 'academie' | 'departement' | 'bassin'; code: string; departement_code: string | null; label: string | null }

/**
 * Checks the territories given for a contact point against its académie and returns them as
 * stored: a national partner covers France; the others their académie, some of its
 * départements, or bassins (known ones by code, or a free label under a département).
 */
export async function territoriesToStore(db: Executor, academieCode: string | null, inputs: readonly TerritoryInput[]): Promise<TerritoryToStore[]> {
  const field = (i: number, key: string) => `territories.${i}.${key}`;
  const known = new Map((await findBassins(db, inputs.filter((t) => t.level === 'bassin').map((t) => t.code))).map((b) => [b.code, b]));
  const stored = new Map<string, TerritoryToStore>();
  inputs.forEach((t, i) => {
    let row: TerritoryToStore;
    if (academieCode === null) {
      if (t.level !== 'national') throw invalid([{ field: field(i, 'level'), message: 'Un partenaire national couvre la France entière.' }]);
      row = { level: 'national', code: NATIONAL_CODE, departement_code: null, label: null };
    } else if (t.level === 'national') {
      throw invalid([{ field: field(i, 'level'), message: 'Un interlocuteur d’une académie ne couvre pas la France entière.' }]);
    } else if (t.level === 'academie') {
      if (t.code !== academieCode) throw invalid([{ field: field(i, 'code'), message: 'Ce territoire n’est pas l’académie de l’interlocuteur.' }]);
      row = { level: 'academie', code: t.code, departement_code: null, label: null };
    } else if (t.level === 'departement') {
      if (academieOf(t.code) !== academieCode) throw invalid([{ field: field(i, 'code'), message: 'Ce département n’appartient pas à l’académie de l’interlocuteur.' }]);
      row = { level: 'departement', code: t.code, departement_code: t.code, label: null };
    } else {
      const bassin = known.get(t.code);
      const departement = bassin?.departement_code ?? t.departementCode;
      if (!departement || academieOf(departement) !== academieCode) {
        throw invalid([{ field: field(i, 'departementCode'), message: 'Indiquez le département du bassin, dans l’académie de l’interlocuteur.' }]);
      }
      if (bassin && t.departementCode && t.departementCode !== bassin.departement_code) {
        throw invalid([{ field: field(i, 'departementCode'), message: 'Ce bassin appartient à un autre département.' }]);
      }
      const label = bassin?.name ?? t.label;
      if (!label) throw invalid([{ field: field(i, 'label'), message: 'Donnez le nom de ce bassin.' }]);
      row = { level: 'bassin', code: t.code, departement_code: departement, label };
    }
    stored.set(`${row.level}:${row.code}`, row);
  });
  return [...stored.values()];
}
