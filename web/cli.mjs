#!/usr/bin/env node
/* cli.mjs -- `node web/cli.mjs ...` runs the `casyncio` command, which is
 * web/cli.cjs (a CommonJS script: see there why).  `npx casyncio` runs
 * web/cli.cjs itself. */
import './cli.cjs';
