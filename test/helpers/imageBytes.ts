/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Small real image files, made in code so the tests need no binary fixtures: a PNG any decoder
 * reads (signature, IHDR, zlib-compressed IDAT, IEND, with CRCs), a 1×1 GIF and a 1×1 24-bit BMP,
 * and a JPEG with a proper JFIF header. A label makes each file's bytes (and size) its own.
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(data: Buffer): number {
	let crc = 0xffffffff;
	for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(typed));
	return Buffer.concat([length, typed, crc]);
}

/** A grey-scale PNG of `width`×`height`, with the label in a tEXt chunk. */
export function pngBytes(label = 'image', width = 4, height = 4): Buffer {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8; // bit depth
	header[9] = 0; // grey-scale
	const rows = Buffer.alloc((width + 1) * height, 0x80);
	for (let row = 0; row < height; row++) rows[row * (width + 1)] = 0; // filter: none
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		pngChunk('IHDR', header),
		pngChunk('tEXt', Buffer.from(`Comment\0${label}`, 'latin1')),
		pngChunk('IDAT', deflateSync(rows)),
		pngChunk('IEND', Buffer.alloc(0)),
	]);
}

/** A JPEG header: SOI, a JFIF APP0 segment, the label as a COM segment, then EOI. */
export function jpegBytes(label = 'image'): Buffer {
	const jfif = Buffer.from([
		0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01,
		0x00, 0x00,
	]);
	const text = Buffer.from(label, 'utf-8');
	const comment = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.alloc(2), text]);
	comment.writeUInt16BE(text.length + 2, 2);
	return Buffer.concat([Buffer.from([0xff, 0xd8]), jfif, comment, Buffer.from([0xff, 0xd9])]);
}

/** The classic 1×1 transparent GIF89a. */
export function gifBytes(): Buffer {
	return Buffer.concat([
		Buffer.from('GIF89a', 'latin1'),
		Buffer.from([0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00]),
		Buffer.from([0x21, 0xf9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00]),
		Buffer.from([0x2c, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]),
		Buffer.from([0x02, 0x02, 0x44, 0x01, 0x00, 0x3b]),
	]);
}

/** A 1×1 24-bit BMP: file header, BITMAPINFOHEADER, one padded pixel row. */
export function bmpBytes(): Buffer {
	const file = Buffer.alloc(14 + 40 + 4);
	file.write('BM', 0, 'latin1');
	file.writeUInt32LE(file.length, 2);
	file.writeUInt32LE(54, 10);
	file.writeUInt32LE(40, 14);
	file.writeInt32LE(1, 18);
	file.writeInt32LE(1, 22);
	file.writeUInt16LE(1, 26);
	file.writeUInt16LE(24, 28);
	file.writeUInt32LE(4, 34);
	file.set([0x00, 0x80, 0xff], 54);
	return file;
}
