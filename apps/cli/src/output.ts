/** Where commands write: injectable so tests capture output instead of spying on process streams. */
export type Io = {
  out(text: string): void;
  err(text: string): void;
  readonly isTty: boolean;
};

export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  isTty: Boolean(process.stdout.isTTY),
};

/** Prints data as JSON (`--json`) or as aligned `key: value` lines for people. */
export function printResult(io: Io, data: Record<string, unknown>, json: boolean): void {
  if (json) {
    io.out(`${JSON.stringify(data, null, 2)}\n`);
    return;
  }
  const width = Math.max(...Object.keys(data).map((k) => k.length));
  for (const [key, value] of Object.entries(data)) {
    io.out(`${key.padEnd(width)}  ${typeof value === 'object' ? JSON.stringify(value) : String(value)}\n`);
  }
}
