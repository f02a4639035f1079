#!/usr/bin/env node
// Runs Duly's TypeScript sources directly: tsx compiles them on load, so an install
// needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
