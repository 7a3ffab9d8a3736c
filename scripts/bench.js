#!/usr/bin/env node
// `npm run bench [name]`: runs bench/<name>.bench.ts (all of them without a name), each comparing
// Haven with its reference in the same run and printing the ratio.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const dir = path.join(__dirname, '..', 'bench');
const only = process.argv[2];
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (!only || f === `${only}.bench.ts`))
  .sort();
if (files.length === 0) {
  console.error(`no benchmark${only ? ` named ${only}` : ''} in bench/`);
  process.exit(2);
}
for (const f of files) {
  console.log(`\n== ${f}`);
  execFileSync(process.execPath, ['--import', 'tsx', path.join(dir, f)], { stdio: 'inherit' });
}
