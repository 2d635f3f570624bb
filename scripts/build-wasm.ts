/**
 * `npm run build:wasm`: assembles packages/core/src/templates/byte-scan.wat (WebAssembly text, with
 * SIMD) into byte-scan-wasm.ts, the module's bytes as base64. The generated file is committed, so
 * building the project needs no assembler; a test checks that it matches the text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembleByteScan } from './wasm-assemble.js';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'core', 'src', 'templates');
const source = readFileSync(resolve(dir, 'byte-scan.wat'), 'utf8');
const target = resolve(dir, 'byte-scan-wasm.ts');
writeFileSync(target, await assembleByteScan(source));
console.log(`wrote ${target}`);
