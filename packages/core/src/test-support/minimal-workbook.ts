/**
 * Test-only helper: a minimal .xlsx package (content types, relationships, workbook, the given
 * worksheets and, when given, a shared-string table), for tests of the reader's refusals that do
 * not need an RMI template.
 */
import { zipSync } from 'fflate';

const enc = new TextEncoder();

/** The shared-string table of `items` (plain texts), with `uniqueCount` set. */
export function sharedStringsXml(items: readonly string[]): string {
  return `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${items.length}" uniqueCount="${items.length}">${items.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`;
}

/** The package's parts: sheets (name → worksheet XML), an optional table and workbook XML. */
export function minimalWorkbookParts(
  sheets: Readonly<Record<string, string>>,
  options: { workbookXml?: string; sharedStrings?: string } = {},
): Record<string, Uint8Array> {
  const names = Object.keys(sheets);
  const sst =
    options.sharedStrings === undefined
      ? ''
      : `<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': enc.encode(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    '_rels/.rels': enc.encode(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': enc.encode(
      options.workbookXml ??
        `<workbook xmlns:r="r"><sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': enc.encode(
      `<Relationships>${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}${sst}</Relationships>`,
    ),
  };
  names.forEach((n, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = enc.encode(sheets[n] ?? '');
  });
  if (options.sharedStrings !== undefined) files['xl/sharedStrings.xml'] = enc.encode(options.sharedStrings);
  return files;
}

/** A minimal .xlsx with the given sheets (name → worksheet XML). */
export function minimalWorkbook(
  sheets: Readonly<Record<string, string>>,
  options: { workbookXml?: string; sharedStrings?: string } = {},
): Uint8Array {
  return zipSync(minimalWorkbookParts(sheets, options));
}
