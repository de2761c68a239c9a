#!/usr/bin/env node
// The workspace ships TypeScript source; tsx compiles it on the fly, so the CLI needs no build step.
import { register } from 'tsx/esm/api';

// `orgcanvas templates | head` closes the pipe early; that is not a failure.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv);
