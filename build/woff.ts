import { inflateSync } from "node:zlib";

/**
 * Converts a WOFF 1.0 font (https://www.w3.org/TR/WOFF/) back to the TrueType/OpenType file it
 * wraps: each table is zlib-compressed on its own (or stored as is when that is not smaller), so
 * decoding is inflating every table and writing the plain sfnt header and table directory again.
 * Throws on anything that is not WOFF 1.0 (WOFF2 uses Brotli and a transformed glyf table).
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString("latin1", 0, 4) !== "wOFF") {
    throw new Error(`Received a font that does not start with "wOFF". Expected a WOFF 1.0 file (.woff, not .woff2).`);
  }
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const entry = 44 + i * 20;
    const tag = woff.subarray(entry, entry + 4);
    const offset = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const checksum = woff.readUInt32BE(entry + 16);
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(stored) : stored;
    if (data.length !== origLength)
      throw new Error(`WOFF table ${tag.toString("latin1")} inflated to ${data.length} bytes, expected ${origLength}.`);
    return { tag, checksum, data };
  });

  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  const header = Buffer.alloc(12 + numTables * 16);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(numTables * 16 - searchRange, 10);
  const chunks: Buffer[] = [header];
  let offset = header.length;
  tables.forEach(({ tag, checksum, data }, i) => {
    const record = 12 + i * 16;
    tag.copy(header, record);
    header.writeUInt32BE(checksum, record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(data.length, record + 12);
    const padded = (data.length + 3) & ~3;
    chunks.push(data, Buffer.alloc(padded - data.length));
    offset += padded;
  });
  return Buffer.concat(chunks);
}
