// The icon rules Teams checks when an app is uploaded: colour 192×192, outline 32×32 white on transparent.
import { PNG } from 'pngjs';

export function iconProblems(name, buffer, kind) {
  let png;
  try {
    png = PNG.sync.read(buffer);
  } catch (error) {
    return [`${name} is not a PNG (${error instanceof Error ? error.message : String(error)})`];
  }
  const size = kind === 'color' ? 192 : 32;
  const problems = [];
  if (png.width !== size || png.height !== size) problems.push(`${name} is ${png.width}×${png.height}, must be ${size}×${size}`);
  if (kind === 'outline') {
    let transparent = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b, a] = png.data.subarray(i, i + 4);
      if (a === 0) transparent++;
      else if (r !== 255 || g !== 255 || b !== 255) {
        problems.push(`${name} has a pixel that is neither white nor transparent (rgba ${r},${g},${b},${a})`);
        break;
      }
    }
    if (transparent === 0) problems.push(`${name} has no transparent background`);
  }
  return problems;
}
