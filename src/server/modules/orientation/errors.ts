import { AppError } from '../../errors/app-error.ts';

export { impossible, invalid } from '../../errors/app-error.ts';
/** 409: the change clashes with what is already there. */
export const conflictError = (detail: string) => new AppError('conflict', detail);
