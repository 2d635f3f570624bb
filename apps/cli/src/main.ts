import { processIo } from './output.js';
import { runCli } from './program.js';

const code = await runCli(process.argv.slice(2), processIo);
if (code !== 0 || !process.argv.slice(2).includes('serve')) process.exitCode = code;
