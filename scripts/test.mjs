// `npm test`: type-check, lint (ESLint, import cycles), unit and API tests, then end-to-end tests in Chromium when one is
// found (mandatory under CI). Ends with one line « total: N passed, N failed ».
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const reports = path.join(root, '.test-data');
fs.mkdirSync(reports, { recursive: true });
const onCi = Boolean(process.env.CI);
const database = process.env.TEST_DATABASE_URL ? 'PostgreSQL (TEST_DATABASE_URL)' : 'PGlite (embarquée)';

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  return spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env }).status ?? 1;
}

function counts(file) {
  try {
    const report = JSON.parse(fs.readFileSync(file, 'utf8'));
    return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + (report.numTodoTests ?? 0) };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

let failed = 0;
let passed = 0;
let broken = false;

if (run('Vérification des types (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']) !== 0) broken = true;
if (run('Règles de code (ESLint, aucun avertissement toléré)', bin('eslint'), ['--max-warnings', '0', '.']) !== 0) broken = true;
// No file may import, even for a type, a file that imports it back (the app and its modules included).
if (run('Cycles d’import (madge)', bin('madge'), ['--circular', '--no-spinner', '--extensions', 'ts,tsx', '--ts-config', 'tsconfig.json', 'src', 'tests', 'bench']) !== 0) broken = true;

const unitReport = path.join(reports, 'unit.json');
fs.rmSync(unitReport, { force: true });
console.log(`Base de données des tests : ${database}`);
const unitStatus = run('Tests unitaires et d’API (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);
const unit = counts(unitReport);
passed += unit.passed;
failed += unit.failed;
if (unitStatus !== 0 && unit.failed === 0) broken = true;

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (fs.existsSync(chromium)) {
  // The end-to-end tests serve the built interface: build it first.
  if (run('Construction de l’interface (vite build)', process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn']) !== 0) broken = true;
  const e2eReport = path.join(reports, 'e2e.json');
  fs.rmSync(e2eReport, { force: true });
  const e2eStatus = run(`Tests de bout en bout dans Chromium (${chromium})`, bin('vitest'), ['run', '--config', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${e2eReport}`]);
  const e2e = counts(e2eReport);
  passed += e2e.passed;
  failed += e2e.failed;
  if (e2eStatus !== 0 && e2e.failed === 0) broken = true;
} else if (onCi) {
  console.error(`\nTests de bout en bout impossibles : aucun Chromium à ${chromium} (obligatoires sous CI).`);
  broken = true;
} else {
  console.log(`\nTests de bout en bout NON lancés : aucun Chromium trouvé à ${chromium}. Installez le paquet Debian « chromium » ou indiquez CHROMIUM_PATH.`);
}

if (broken && failed === 0) failed = 1;
console.log(`\ntotal: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
