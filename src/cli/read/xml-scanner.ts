// A small pull scanner over XML bytes: tags by local name (any namespace prefix), attributes and text on demand.

/** What the scanner stopped on. */
export const XmlToken = { Open: 1, Close: 2, Text: 3 } as const;
/** One of `XmlToken`'s values. */
export type XmlToken = (typeof XmlToken)[keyof typeof XmlToken];

/** XML the scanner cannot follow (an unterminated tag, a tag without a name…). */
export class XmlError extends Error {
  constructor(reason: string, at: number) {
    super(`${reason} at byte ${at}`);
    this.name = "XmlError";
  }
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOS = 0x27;

/** Buffer's own slicing methods (undocumented but stable), without `toString`'s per-call checks. */
type FastBuffer = Buffer & {
  latin1Slice(start: number, end: number): string;
  utf8Slice(start: number, end: number): string;
};

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * A forward-only scanner: `next()` moves to the next open tag, close tag or text run. Tag names are local names
 * (`x:row` and `row` are both `row`); no DTD or external entity is ever read, only the five predefined entities
 * and character references are decoded. Namespace declarations are taken from the root element only.
 */
export class XmlScanner {
  /** The kind of the current token. */
  token: XmlToken = XmlToken.Text;
  /** The local name of the current open or close tag. */
  name = "";
  /** True when the current open tag is also its own close (`<c/>`). */
  selfClosing = false;
  /** Namespace URI of each prefix the root element declares ("" for the default namespace). */
  readonly namespaces = new Map<string, string>();

  private pos = 0;
  private readonly end: number;
  private attrFrom = 0;
  private attrTo = 0;
  private textFrom = 0;
  private textTo = 0;
  private cdata = false;
  /** The current tag's attributes, five offsets each (see `parseAttributes`); -1 until parsed. */
  private attrs = new Int32Array(40);
  private attrCount = -1;
  private readonly names = new Map<number, string>();
  private seenRoot = false;

  private readonly bytes: FastBuffer;

  constructor(bytes: Buffer) {
    this.bytes = bytes as FastBuffer;
    this.end = bytes.length;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) this.pos = 3;
  }

  /** Byte offset reached, for progress and budgets. */
  get offset(): number {
    return this.pos;
  }

  /** Moves to the next token; false at the end of the document. */
  next(): boolean {
    const b = this.bytes;
    while (this.pos < this.end) {
      const at = this.pos;
      if (b[at] !== LT) {
        let stop = b.indexOf(LT, at);
        if (stop < 0) stop = this.end;
        this.pos = stop;
        this.token = XmlToken.Text;
        this.textFrom = at;
        this.textTo = stop;
        this.cdata = false;
        return true;
      }
      const c = b[at + 1];
      if (c === QUESTION) {
        this.pos = this.skipPast("?>", at);
        continue;
      }
      if (c === BANG) {
        if (this.startsWith("<!--", at)) {
          this.pos = this.skipPast("-->", at + 4);
          continue;
        }
        if (this.startsWith("<![CDATA[", at)) {
          const close = b.indexOf("]]>", at + 9, "latin1");
          if (close < 0) throw new XmlError("unterminated CDATA", at);
          this.pos = close + 3;
          this.token = XmlToken.Text;
          this.textFrom = at + 9;
          this.textTo = close;
          this.cdata = true;
          return true;
        }
        this.pos = this.skipDeclaration(at);
        continue;
      }
      if (c === SLASH) {
        const close = b.indexOf(GT, at + 2);
        if (close < 0) throw new XmlError("unterminated close tag", at);
        this.name = this.localName(at + 2, this.nameEnd(at + 2, close));
        this.pos = close + 1;
        this.token = XmlToken.Close;
        return true;
      }
      this.openTag(at);
      return true;
    }
    return false;
  }

  /** The value of an attribute of the current open tag by local name (and namespace URI when given). */
  attr(local: string, namespace?: string): string | undefined {
    const found = this.findAttribute(local, namespace);
    return found < 0
      ? undefined
      : this.decode(this.attrs[found + 3] as number, this.attrs[found + 4] as number, true);
  }

  /**
   * Reads an A1 reference attribute (`r="B12"`) into `refRow` and `refCol` (0-based) without building a string;
   * false when the attribute is absent or not a reference.
   */
  refAttr(local: string): boolean {
    const found = this.findAttribute(local);
    if (found < 0) return false;
    const b = this.bytes;
    let i = this.attrs[found + 3] as number;
    const to = this.attrs[found + 4] as number;
    if (b[i] === 0x24) i += 1;
    let col = 0;
    let letters = 0;
    for (; i < to; i += 1) {
      let c = b[i] as number;
      if (c >= 0x61 && c <= 0x7a) c -= 0x20;
      if (c < 0x41 || c > 0x5a) break;
      col = col * 26 + c - 0x40;
      letters += 1;
    }
    if (b[i] === 0x24) i += 1;
    let row = 0;
    let digits = 0;
    for (; i < to; i += 1) {
      const c = b[i] as number;
      if (c < 0x30 || c > 0x39) return false;
      row = row * 10 + c - 0x30;
      digits += 1;
    }
    if (letters === 0 || letters > 4 || digits === 0 || digits > 10 || row === 0) return false;
    this.refRow = row - 1;
    this.refCol = col - 1;
    return true;
  }

  /** The row and column `refAttr` read. */
  refRow = 0;
  refCol = 0;

  /** The current text run, entities decoded. */
  text(): string {
    if (this.cdata) return endOfLines(this.bytes.toString("utf8", this.textFrom, this.textTo));
    return this.decode(this.textFrom, this.textTo);
  }

  /**
   * The text content of the element just opened, up to its close tag (nested tags' text included, in order);
   * `skip` names child elements whose text is left out. Leaves the scanner on the close tag.
   */
  elementText(skip?: ReadonlySet<string>): string {
    if (this.selfClosing) return "";
    let depth = 1;
    let skipping = 0;
    let out = "";
    while (this.next()) {
      if (this.token === XmlToken.Open) {
        if (skipping > 0 || skip?.has(this.name)) {
          if (!this.selfClosing) skipping += 1;
          continue;
        }
        if (!this.selfClosing) depth += 1;
      } else if (this.token === XmlToken.Close) {
        if (skipping > 0) {
          skipping -= 1;
          continue;
        }
        depth -= 1;
        if (depth === 0) return out;
      } else if (skipping === 0) out += this.text();
    }
    throw new XmlError("unterminated element", this.pos);
  }

  /** Skips the element just opened, leaving the scanner on its close tag. */
  skipElement(): void {
    if (this.selfClosing) return;
    let depth = 1;
    while (this.next()) {
      if (this.token === XmlToken.Open && !this.selfClosing) depth += 1;
      else if (this.token === XmlToken.Close && --depth === 0) return;
    }
    throw new XmlError("unterminated element", this.pos);
  }

  private openTag(at: number): void {
    const b = this.bytes;
    const nameFrom = at + 1;
    let i = nameFrom;
    while (i < this.end) {
      const c = b[i] as number;
      if (isSpace(c) || c === GT || c === SLASH) break;
      i += 1;
    }
    if (i === nameFrom) throw new XmlError("tag without a name", at);
    this.name = this.localName(nameFrom, i);
    this.attrFrom = i;
    // The end of the tag: the first `>` outside a quoted attribute value.
    while (i < this.end) {
      const c = b[i] as number;
      if (c === GT) break;
      if (c === QUOTE || c === APOS) {
        const close = b.indexOf(c, i + 1);
        if (close < 0) throw new XmlError("unterminated attribute value", i);
        i = close + 1;
        continue;
      }
      if (c === LT) throw new XmlError("unterminated tag", at);
      i += 1;
    }
    if (i >= this.end) throw new XmlError("unterminated tag", at);
    this.selfClosing = b[i - 1] === SLASH;
    this.attrTo = this.selfClosing ? i - 1 : i;
    this.pos = i + 1;
    this.token = XmlToken.Open;
    this.attrCount = -1;
    if (!this.seenRoot) {
      this.seenRoot = true;
      this.parseAttributes();
      for (let a = 0; a < this.attrCount * 5; a += 5) {
        const name = b.latin1Slice(this.attrs[a] as number, this.attrs[a + 2] as number);
        const value = this.decode(this.attrs[a + 3] as number, this.attrs[a + 4] as number, true);
        if (name.startsWith("xmlns:")) this.namespaces.set(name.slice(6), value);
        else if (name === "xmlns") this.namespaces.set("", value);
      }
    }
  }

  /** Offset (×5) of the attribute with this local name (and namespace, preferred when given), or -1. */
  private findAttribute(local: string, namespace?: string): number {
    if (this.attrCount < 0) this.parseAttributes();
    const b = this.bytes;
    let fallback = -1;
    for (let k = 0; k < this.attrCount; k += 1) {
      const a = k * 5;
      const colon = this.attrs[a + 1] as number;
      const from = colon < 0 ? (this.attrs[a] as number) : colon + 1;
      const to = this.attrs[a + 2] as number;
      if (to - from !== local.length) continue;
      let same = true;
      for (let j = 0; j < local.length; j += 1) {
        if (b[from + j] !== local.charCodeAt(j)) {
          same = false;
          break;
        }
      }
      if (!same) continue;
      if (namespace === undefined) return a;
      const prefix = colon < 0 ? "" : b.latin1Slice(this.attrs[a] as number, colon);
      const uri = colon < 0 ? undefined : this.namespaces.get(prefix);
      if (uri === namespace) return a;
      if (uri === undefined && fallback < 0) fallback = a;
    }
    return fallback;
  }

  /** Parses the current tag's attributes into `attrs`: name start, colon (or -1), name end, value start and end. */
  private parseAttributes(): void {
    const b = this.bytes;
    let count = 0;
    let i = this.attrFrom;
    const to = this.attrTo;
    while (i < to) {
      while (i < to && isSpace(b[i] as number)) i += 1;
      if (i >= to) break;
      const nameFrom = i;
      let colon = -1;
      while (i < to) {
        const c = b[i] as number;
        if (c === EQUALS || isSpace(c)) break;
        if (c === COLON && colon < 0) colon = i;
        i += 1;
      }
      const nameTo = i;
      while (i < to && isSpace(b[i] as number)) i += 1;
      if (b[i] !== EQUALS) break; // a malformed attribute: ignore the rest of the tag
      i += 1;
      while (i < to && isSpace(b[i] as number)) i += 1;
      const quote = b[i];
      if (quote !== QUOTE && quote !== APOS) break;
      const close = b.indexOf(quote, i + 1);
      if (close < 0 || close > to) break;
      if ((count + 1) * 5 > this.attrs.length) {
        const grown = new Int32Array(this.attrs.length * 2);
        grown.set(this.attrs);
        this.attrs = grown;
      }
      const a = count * 5;
      this.attrs[a] = nameFrom;
      this.attrs[a + 1] = colon;
      this.attrs[a + 2] = nameTo;
      this.attrs[a + 3] = i + 1;
      this.attrs[a + 4] = close;
      count += 1;
      i = close + 1;
    }
    this.attrCount = count;
  }

  private nameEnd(from: number, limit: number): number {
    let i = from;
    while (i < limit && !isSpace(this.bytes[i] as number)) i += 1;
    return i;
  }

  /** The local name of a tag, from a small cache so that reading a million `<c>` builds one string. */
  private localName(from: number, to: number): string {
    const b = this.bytes;
    let start = from;
    for (let i = from; i < to; i += 1) if (b[i] === COLON) start = i + 1;
    let hash = to - start;
    for (let i = start; i < to; i += 1) hash = (Math.imul(hash, 31) + (b[i] as number)) | 0;
    const cached = this.names.get(hash);
    if (cached !== undefined && cached.length === to - start) {
      let same = true;
      for (let j = 0; j < cached.length; j += 1) {
        if (cached.charCodeAt(j) !== b[start + j]) {
          same = false;
          break;
        }
      }
      if (same) return cached;
    }
    const name = b.latin1Slice(start, to);
    if (this.names.size < 4096) this.names.set(hash, name);
    return name;
  }

  /**
   * Text or an attribute value as XML defines it: line ends normalised to a line feed (and, in an attribute,
   * white space to a space) before character references are decoded, so `&#13;` stays a carriage return.
   */
  private decode(from: number, to: number, attribute = false): string {
    const b = this.bytes;
    let ascii = true;
    for (let i = from; i < to; i += 1) {
      if ((b[i] as number) >= 0x80) {
        ascii = false;
        break;
      }
    }
    let raw = endOfLines(ascii ? b.latin1Slice(from, to) : b.utf8Slice(from, to));
    if (attribute && /[\n\t]/.test(raw)) raw = raw.replace(/[\n\t]/g, " ");
    return raw.includes("&") ? decodeEntities(raw) : raw;
  }

  private startsWith(text: string, at: number): boolean {
    for (let i = 0; i < text.length; i += 1) if (this.bytes[at + i] !== text.charCodeAt(i)) return false;
    return true;
  }

  private skipPast(text: string, from: number): number {
    const at = this.bytes.indexOf(text, from, "latin1");
    if (at < 0) throw new XmlError(`missing ${text}`, from);
    return at + text.length;
  }

  /** Skips `<!DOCTYPE …>` (with an internal subset in brackets) or any other `<!…>` declaration. */
  private skipDeclaration(at: number): number {
    const b = this.bytes;
    let depth = 0;
    for (let i = at + 2; i < this.end; i += 1) {
      const c = b[i];
      if (c === 0x5b) depth += 1;
      else if (c === 0x5d) depth -= 1;
      else if (c === GT && depth <= 0) return i + 1;
    }
    throw new XmlError("unterminated declaration", at);
  }
}

/** Line ends as an XML processor reports them: CR LF and a lone CR become LF. */
function endOfLines(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * The text with the five predefined entities and character references decoded; an unknown entity stays as
 * written, a reference to a code point that is no character (a surrogate, beyond U+10FFFF) becomes U+FFFD.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] !== "#") return NAMED[body] ?? whole;
    const code = body[1] === "x" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    return isCharacter(code) ? String.fromCodePoint(code) : "\uFFFD";
  });
}

/** True for a Unicode scalar value (not a surrogate, within range). */
export function isCharacter(code: number): boolean {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
}
