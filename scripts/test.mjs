// `npm test`: lint, typecheck, then every jest project; ends with a plain "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status ?? 1;
const bin = (name) => `node_modules/.bin/${name}`;
const results = '.jest-results.json';

let failedSteps = 0;
process.env.NX_DAEMON = 'false';
for (const [label, cmd, args] of [
  ['project graph', bin('nx'), ['show', 'projects']],
  ['lint', bin('eslint'), ['.', '--max-warnings=0']],
  ['typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
]) {
  console.log(`\n== ${label}`);
  if (run(cmd, args) !== 0) { failedSteps++; console.log(`== ${label} failed`); }
}

console.log('\n== jest');
rmSync(results, { force: true });
const jestStatus = run(bin('jest'), ['--ci', '--forceExit', '--json', `--outputFile=${results}`, ...process.argv.slice(2)]);
let passed = 0, failed = 0;
try {
  const r = JSON.parse(readFileSync(results, 'utf8'));
  passed = r.numPassedTests; failed = r.numFailedTests + r.numRuntimeErrorTestSuites;
} catch { failed += 1; }
failed += failedSteps;
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(jestStatus !== 0 || failed > 0 ? 1 : 0);
