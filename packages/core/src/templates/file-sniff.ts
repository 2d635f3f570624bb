/**
 * Recognises what a file is from its first bytes, so that a JPEG named `.xls` or a legacy
 * Excel 97–2003 file gets a message saying what it is and what to send instead, rather than
 * a zip error. Magic numbers: ZIP `PK\x03\x04` (APPNOTE 4.3.7), OLE2/CFB `D0 CF 11 E0 A1 B1 1A E1`
 * ([MS-CFB] 2.2), JPEG `FF D8 FF`, PNG `89 50 4E 47`, PDF `%PDF`.
 */
import { AppError } from '../errors.js';

/** The container kinds the reader tells apart. */
export type FileKind = 'zip' | 'cfb' | 'jpeg' | 'png' | 'gif' | 'pdf' | 'empty' | 'text' | 'unknown';

const SEND_INSTEAD = 'Please ask the supplier for the current RMI template (e.g. CMRT 6.5) saved as .xlsx.';

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

/** Classifies a file by its magic bytes. */
export function sniffFileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  // An empty zip starts with the end-of-central-directory record `PK\x05\x06`.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'cfb';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  const head = bytes.subarray(0, Math.min(bytes.length, 512));
  let printable = 0;
  for (const b of head) if (b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127) || b >= 0xc0) printable++;
  return printable / head.length > 0.95 ? 'text' : 'unknown';
}

/** True when `bytes` contains `name` as UTF-16LE, as CFB directory entries store stream names ([MS-CFB] 2.6.1). */
function hasCfbStream(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  const limit = bytes.length - name.length * 2;
  outer: for (let i = 0; i <= limit; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let j = 1; j < name.length; j++) {
      if (bytes[i + j * 2] !== name.charCodeAt(j) || bytes[i + j * 2 + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * Throws the `unreadable_file` error for anything that is not a zip. An encrypted .xlsx is a
 * CFB container with `EncryptionInfo` and `EncryptedPackage` streams ([MS-OFFCRYPTO] 2.3.4.1);
 * a legacy workbook has a `Workbook` (BIFF8) or `Book` (BIFF5) stream.
 */
export function assertZipContainer(bytes: Uint8Array, fileName?: string): void {
  const kind = sniffFileKind(bytes);
  if (kind === 'zip') return;
  const what = fileName ? `"${fileName}"` : 'The file';
  switch (kind) {
    case 'empty':
      throw new AppError('unreadable_file', `${what} is empty (0 bytes). ${SEND_INSTEAD}`);
    case 'cfb':
      if (hasCfbStream(bytes, 'EncryptionInfo') || hasCfbStream(bytes, 'EncryptedPackage')) {
        throw new AppError(
          'unreadable_file',
          `${what} is password-protected (an encrypted Excel workbook), so it cannot be read. Ask the supplier to remove the password (File › Info › Protect Workbook › Encrypt with Password) and send the .xlsx again.`,
          { hint: 'encrypted' },
        );
      }
      throw new AppError(
        'unreadable_file',
        `${what} is a legacy .xls (Excel 97–2003) file. RMI templates have been .xlsx since CMRT 5.1 (December 2017). ${SEND_INSTEAD}`,
        { hint: 'legacy_xls' },
      );
    case 'jpeg':
    case 'png':
    case 'gif':
      throw new AppError(
        'unreadable_file',
        `${what} is not a spreadsheet (it looks like a ${kind.toUpperCase()} image). ${SEND_INSTEAD}`,
      );
    case 'pdf':
      throw new AppError(
        'unreadable_file',
        `${what} is not a spreadsheet (it looks like a PDF document). ${SEND_INSTEAD}`,
      );
    case 'text':
      throw new AppError(
        'unreadable_file',
        `${what} is a text file (e.g. CSV or HTML), not an Excel workbook. ${SEND_INSTEAD}`,
      );
    default:
      throw new AppError(
        'unreadable_file',
        `${what} is not an Excel workbook (.xlsx): its content is not a zip package. ${SEND_INSTEAD}`,
      );
  }
}
