/**
 * The demo académie of Amiens: not a service module (no route, no job), the data a first start
 * creates in demo mode. Reads the other modules through their index.ts.
 */
export { seedDemo } from './seed-demo.ts';
