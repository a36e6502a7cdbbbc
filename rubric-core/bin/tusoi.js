#!/usr/bin/env node
// The `tusoi` command. A committed entry point, so that the bin link a workspace install makes
// exists before the first build (the command itself is dist/cli.js).
import '../dist/cli.js';
