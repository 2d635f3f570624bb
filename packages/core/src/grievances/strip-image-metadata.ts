import { sniffAttachment } from './sniff-attachment.js';
import { stripJpegMetadata } from './strip-jpeg-metadata.js';
import { stripPngMetadata } from './strip-png-metadata.js';

/**
 * Removes identifying metadata from an attachment before it is stored: JPEG and PNG are cleaned;
 * PDF and text are returned unchanged, because cleaning a PDF safely needs a full parser: the
 * case view should tell officers that PDFs keep their metadata. Run it on every upload, before
 * anything is saved.
 */
export function stripImageMetadata(bytes: Uint8Array): Uint8Array {
  switch (sniffAttachment(bytes)) {
    case 'jpeg':
      return stripJpegMetadata(bytes);
    case 'png':
      return stripPngMetadata(bytes);
    default:
      return bytes;
  }
}
