/**
 * Decides what an uploaded file really is from its bytes, never from its name or the browser's
 * claim. Only four kinds are accepted: they cover a photo, a scan and a written statement, and
 * none of them runs code when opened as what it is. Signatures: PDF `%PDF-` (ISO 32000-1 §7.5.2),
 * PNG `89 50 4E 47 0D 0A 1A 0A` (PNG spec §5.2), JPEG SOI `FF D8` followed by a marker `FF`
 * (ITU T.81 §B.1.1.3). Plain text has no signature: it must be valid UTF-8 (BOM allowed) without
 * control characters other than tab, line feed, carriage return and form feed.
 */

/** The attachment kinds the grievance channel accepts. */
export const ATTACHMENT_TYPES = ['pdf', 'png', 'jpeg', 'text'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** The media type to store and serve each kind with. */
export const ATTACHMENT_MEDIA_TYPES: Readonly<Record<AttachmentType, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  text: 'text/plain; charset=utf-8',
};

/** File name extensions that match each kind (lower case, without the dot). */
export const ATTACHMENT_EXTENSIONS: Readonly<Record<AttachmentType, readonly string[]>> = {
  pdf: ['pdf'],
  png: ['png'],
  jpeg: ['jpg', 'jpeg', 'jpe', 'jfif'],
  text: ['txt', 'text'],
};

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((byte, i) => bytes[i] === byte);
}

function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  for (const byte of bytes) {
    if (byte === 0x7f || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c))
      return false;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The kind of an attachment, or `undefined` when it is none of the accepted kinds. Pass the whole
 * file: binary kinds are recognised by their first bytes, but text is only text if all of it is.
 */
export function sniffAttachment(bytes: Uint8Array): AttachmentType | undefined {
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, PNG)) return 'png';
  if (startsWith(bytes, JPEG)) return 'jpeg';
  if (isPlainText(bytes)) return 'text';
  return undefined;
}

/** The kind a media type names (parameters and case ignored), or `undefined`. */
export function attachmentTypeOfMediaType(mediaType: string): AttachmentType | undefined {
  const essence = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (essence === 'application/pdf') return 'pdf';
  if (essence === 'image/png') return 'png';
  if (essence === 'image/jpeg' || essence === 'image/jpg' || essence === 'image/pjpeg') return 'jpeg';
  if (essence === 'text/plain') return 'text';
  return undefined;
}

/** The kind a file name's extension names, or `undefined`. */
export function attachmentTypeOfFileName(fileName: string): AttachmentType | undefined {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return undefined;
  const extension = fileName.slice(dot + 1).toLowerCase();
  return ATTACHMENT_TYPES.find((type) => ATTACHMENT_EXTENSIONS[type].includes(extension));
}
