import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';

/**
 * Opening produced files the way a reader's tools do: poppler's pdfinfo,
 * pdftotext and pdffonts, qpdf to decompress every stream, and the .docx as
 * the zip it is. Poppler and qpdf come from Debian (.ci/run installs them).
 */
function withFile<T>(bytes: Buffer, name: string, use: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'utvalg-doc-'));
  try {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return use(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const PACKAGE_OF: Record<string, string> = {
  pdfinfo: 'poppler-utils',
  pdftotext: 'poppler-utils',
  pdffonts: 'poppler-utils',
  qpdf: 'qpdf',
};

/**
 * Runs a reader's tool. A missing tool is named with the Debian package that has it: execFileSync's own
 * error is circular, and Jest's worker then reports only "Converting circular structure to JSON".
 */
function tool(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const { stderr } = error as { stderr?: string | Buffer };
    throw new Error(
      code === 'ENOENT'
        ? `${command} is not installed: apt-get install ${PACKAGE_OF[command] ?? command} (.ci/run installs it)`
        : `${command} failed (${code ?? 'exit status'}): ${stderr?.toString() ?? ''}`,
    );
  }
}

export function pdfInfo(pdf: Buffer): Record<string, string> {
  const out = withFile(pdf, 'doc.pdf', (file) => tool('pdfinfo', [file]));
  return Object.fromEntries(
    out
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

export function pdfText(pdf: Buffer): string {
  return withFile(pdf, 'doc.pdf', (file) => tool('pdftotext', ['-enc', 'UTF-8', file, '-']));
}

export function pdfFonts(pdf: Buffer): string {
  return withFile(pdf, 'doc.pdf', (file) => tool('pdffonts', [file]));
}

/** The PDF with every stream decompressed (qpdf --qdf), as bytes read as latin1 so any byte sequence can be searched. */
export function pdfDecompressed(pdf: Buffer): string {
  return withFile(pdf, 'doc.pdf', (file, dir) => {
    const out = path.join(dir, 'qdf.pdf');
    tool('qpdf', ['--qdf', '--object-streams=disable', file, out]);
    return readFileSync(out).toString('latin1');
  });
}

/** Every entry of a .docx, decompressed, by name. */
export async function docxEntries(docx: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(docx);
  const entries = new Map<string, string>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir) entries.set(name, await entry.async('string'));
  }
  return entries;
}

/** Each paragraph of word/document.xml: its style, numbering id and text. */
export function docxParagraphs(documentXml: string): { style?: string; numId?: string; text: string }[] {
  return [...documentXml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const body = m[1] ?? m[2] ?? '';
    const text = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    return {
      style: /<w:pStyle w:val="([^"]+)"\/>/.exec(body)?.[1],
      numId: /<w:numId w:val="(\d+)"\/>/.exec(body)?.[1],
      text: text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
    };
  });
}

/** The number format of level 0 of the numbering a paragraph's numId points to. */
export function numberingFormatOf(numberingXml: string, numId: string): string | undefined {
  const num = new RegExp(`<w:num w:numId="${numId}"[^>]*>[\\s\\S]*?<w:abstractNumId w:val="(\\d+)"/>`).exec(numberingXml);
  if (!num) return undefined;
  const abstract = new RegExp(`<w:abstractNum [^>]*w:abstractNumId="${num[1]}"[^>]*>([\\s\\S]*?)</w:abstractNum>`).exec(
    numberingXml,
  );
  return /<w:lvl w:ilvl="0"[^>]*>[\s\S]*?<w:numFmt w:val="([^"]+)"\/>/.exec(abstract?.[1] ?? '')?.[1];
}

/** Every entry of a .docx, decompressed, each under its name: for searching all of it at once. */
export async function allDocxText(docx: Buffer): Promise<string> {
  return [...(await docxEntries(docx)).entries()].map(([name, xml]) => `${name}\n${xml}`).join('\n');
}
