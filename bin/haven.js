#!/usr/bin/env node
// The `haven` CLI. Runs the compiled build when there is one (Docker), else the TypeScript sources via tsx.
const path = require('node:path');
const fs = require('node:fs');
const built = path.join(__dirname, '..', 'dist', 'bin', 'cli', 'index.js');
if (fs.existsSync(built)) {
  require(built);
} else {
  require('tsx/cjs');
  require(path.join(__dirname, 'cli', 'index.ts'));
}
