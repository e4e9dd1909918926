import { academieLabel } from '../../../../shared/territories.ts';

/** Whose synonym or « question type » it is, in words. */
export const scopeLabel = (academie: string | null) => (academie === null ? 'Nationale' : academieLabel(academie));
