// Minimal RFC 4180 CSV reader for the build step (quoted fields, doubled quotes, CRLF, BOM).
// The core has its own typed twin in packages/core/src/reference/csv.ts because the core cannot
// import build scripts and this script cannot import TypeScript; both are tested on the same files.

/** Parse CSV text into an array of records (string arrays). */
export function parseCsvRecords(text, delimiter = ',') {
  const records = [];
  let field = '';
  let record = [];
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
