/** What a font name says about the text set in it. */
export interface FontEncoding {
  encoding: 'tcvn3' | 'vni';
  /** A TCVN3 "H" font (.VnTimeH, .VnArialH, ...): every letter is drawn as a capital. */
  capitals: boolean;
}

/**
 * Classify a font name: `.VnTime`, `.VnArial Narrow`, `.VnTimeH` (TCVN3, the H ones all capitals) and
 * `VNI-Times`, `VNI-Helve` (VNI). Any other font — Times New Roman, Arial — says nothing (null).
 */
export function classifyFont(name: string): FontEncoding | null {
  const font = name.trim().replace(/^["']|["']$/g, '');
  if (/^vni[-_ ]/i.test(font)) return { encoding: 'vni', capitals: false };
  if (/^\.vn/i.test(font)) {
    // .VnTimeH, .VnArial NarrowH, .VnCourier NewH: a capital H right after the face name.
    // An all-lower-case spelling (".vntimeh") is accepted too.
    return { encoding: 'tcvn3', capitals: /[a-z\d ]H$/.test(font) || /^\.vn[a-z ]+h$/.test(font) };
  }
  return null;
}

/** What a list of font names (the runs a text came from) says together. */
export interface FontVerdict {
  /** The one legacy encoding the fonts name, if they agree on one. */
  encoding: 'tcvn3' | 'vni' | null;
  /**
   * TCVN3 case: every TCVN3 font is an H font ('all'), none is ('none'), both kinds appear ('mixed'), or
   * no TCVN3 font was named ('unknown').
   */
  capitals: 'all' | 'none' | 'mixed' | 'unknown';
}

export function classifyFonts(fonts: readonly string[] | undefined): FontVerdict {
  const known = (fonts ?? []).map(classifyFont).filter((f): f is FontEncoding => f !== null);
  const encodings = new Set(known.map((f) => f.encoding));
  const encoding = encodings.size === 1 ? known[0]!.encoding : null;
  const tcvn3 = known.filter((f) => f.encoding === 'tcvn3');
  const caps = tcvn3.filter((f) => f.capitals).length;
  const capitals = tcvn3.length === 0 ? 'unknown' : caps === 0 ? 'none' : caps === tcvn3.length ? 'all' : 'mixed';
  return { encoding, capitals };
}
