/**
 * The YAML writer for dist/: YAML that reads the same under YAML 1.2 and YAML 1.1.
 *
 * ArgoCD and kubectl read manifests with go-yaml's YAML 1.1 rules (sigs.k8s.io/yaml), where a
 * plain `off`, `on`, `yes`, `no`, `y`, `n`, `1:20` or `0777` is a boolean or a number; the
 * `yaml` library writes YAML 1.2, where they are strings. Every single-line string (key or
 * value) that either reader would take for something else is written double-quoted.
 *
 * `referenceYaml` is that rule on top of the `yaml` library's own writer. `toYaml` writes the
 * same bytes several times faster: it lays out maps and sequences itself (block style, two
 * spaces, sequences indented under their key, as the library does) and asks the library only
 * for scalars that are not a plain word, one scalar at a time and once per distinct value.
 * test/yaml.test.ts holds the two to byte equality over every object lakeplane writes.
 */
import { Document, Scalar, parse, visit } from 'yaml';

/** The `yaml` library's output with the YAML 1.1 quoting rule: the definition `toYaml` matches. */
export function referenceYaml(obj: unknown): string {
  const doc = new Document(obj, { aliasDuplicateObjects: false });
  // Keys are scalars too: the visitor sees both.
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && readsAsOtherThanString(node.value)) {
        node.type = Scalar.QUOTE_DOUBLE;
      }
    },
  });
  return doc.toString({ lineWidth: 0 });
}

const plainReading = new Map<string, boolean>();

/**
 * A string the library writes plain, unless it reads as another type: printable ASCII on one
 * line, none of the library's reasons to quote (an indicator first, `: `, ` #`, a space or `:`
 * last, a document marker), and a long one that cannot be a number.
 */
const PLAIN_BREAKER = /^[ ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-] |: | #|[ :]$|^(?:---|\.\.\.)/;
function isPlainSafe(value: string): boolean {
  return value.length > 0 && /^[\x20-\x7e]+$/.test(value) && !PLAIN_BREAKER.test(value) && (value.length <= 64 || /[^0-9a-zA-Z.+\-_~]/.test(value));
}

/**
 * Of the plain-safe strings that start with a letter, only these read as another type: YAML
 * 1.1's booleans (yaml.org/type/bool) and YAML 1.2's null in every spelling either reader
 * accepts, and the library's 1.1 float with neither integer nor fraction part (`e5`, `E-3`).
 * No boolean, null, number or timestamp holds a `/`.
 */
const NON_STRING_WORD = /^(?:[Yy]|[Yy]es|YES|[Nn]|[Nn]o|NO|[Tt]rue|TRUE|[Ff]alse|FALSE|[Oo]n|ON|[Oo]ff|OFF|[Nn]ull|NULL|[eE][-+]?[0-9]+)$/;
function plainReadsAsOther(value: string): boolean {
  const first = value.charCodeAt(0);
  if ((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) {
    return NON_STRING_WORD.test(value);
  }
  return value.includes('/') ? false : readByLibraryAsOtherThanString(value);
}

/** Whether a string, written plain, would be read back by a YAML 1.1 or 1.2 reader as anything but itself. */
export function readsAsOtherThanString(value: string): boolean {
  return isPlainSafe(value) ? plainReadsAsOther(value) : readByLibraryAsOtherThanString(value);
}

/**
 * The same question put to the `yaml` library's 1.1 and 1.2 readers: the definition, used for
 * for the rest (test/yaml.test.ts holds the shortcut rules to it).
 */
export function readByLibraryAsOtherThanString(value: string): boolean {
  // Multi-line and long strings are written as block or quoted scalars by the writer already.
  if (value.length > 64 || value.includes('\n')) {
    return false;
  }
  let answer = plainReading.get(value);
  if (answer === undefined) {
    answer = (['1.1', '1.2'] as const).some((version) => {
      try {
        return parse(value, { version, logLevel: 'silent' }) !== value;
      } catch {
        return true;
      }
    });
    plainReading.set(value, answer);
  }
  return answer;
}

const INDENT = '  ';

/** Scalar text by value, as the library writes it as a map value (values) or as a key (keys). */
const valueText = new Map<unknown, string>();
const keyText = new Map<string, string>();

/** How the library writes one scalar as the value of a top-level key: `k: <this>`. */
function libraryValue(value: unknown): string {
  let text = valueText.get(value);
  if (text === undefined) {
    text = referenceYaml({ k: value }).slice('k: '.length, -1);
    valueText.set(value, text);
  }
  return text;
}

function scalarKey(key: string): string {
  if (isPlainSafe(key) && !/[:#]/.test(key) && !plainReadsAsOther(key)) {
    return key;
  }
  let text = keyText.get(key);
  if (text === undefined) {
    const line = referenceYaml({ [key]: null });
    if (!line.endsWith(': null\n') || line.indexOf('\n') !== line.length - 1) {
      throw new Error(`toYaml: a map key the writer cannot lay out on one line: ${JSON.stringify(key)}`);
    }
    text = line.slice(0, -': null\n'.length);
    keyText.set(key, text);
  }
  return text;
}

/**
 * A scalar placed after `key: ` or `- ` at the given indentation. The library's value text was
 * made at the top level, where a block scalar's lines are indented by one step: they move by
 * `indent` (blank lines stay empty, as the library leaves them).
 */
function scalarValue(value: unknown, indent: string): string {
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return Number.isSafeInteger(value) && !Object.is(value, -0) ? String(value) : libraryValue(value);
    case 'string': {
      if (isPlainSafe(value) && !plainReadsAsOther(value)) {
        return value;
      }
      const block = literalBlock(value, indent + INDENT);
      if (block !== undefined) {
        return block;
      }
      break;
    }
    default:
      if (value === null) {
        return 'null';
      }
  }
  const text = libraryValue(value);
  return indent === '' || !text.includes('\n') ? text : text.replace(/\n(?=[^\n])/g, `\n${indent}`);
}

/**
 * A multi-line string as the library writes it with lines never folded: a literal block,
 * `|` with strip (`-`) or clip chomping, its lines at `lines` (blank lines left empty). Only
 * for text that starts with neither space nor newline and ends in a non-blank character,
 * optionally followed by one newline; the rest (keep chomping, indentation indicators, quoting
 * for trailing blanks, control characters) is left to the library.
 */
function literalBlock(value: string, lines: string): string | undefined {
  const last = value.length - 1;
  const clip = value.charCodeAt(last) === 10;
  const body = clip ? value.slice(0, last) : value;
  if (!body.includes('\n') || !/^[^ \n]/.test(body) || /[\t \n]$/.test(body) || CONTROL.test(body)) {
    return undefined;
  }
  return `|${clip ? '' : '-'}\n${lines}${body.replace(/\n+/g, `$&${lines}`)}`;
}

/** What the library writes double-quoted whatever else holds (stringifyString). */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;

function isCollection(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}

function isEmpty(value: Record<string, unknown> | unknown[]): boolean {
  if (Array.isArray(value)) {
    return value.length === 0;
  }
  for (const key in value) {
    if (value[key] !== undefined) {
      return false;
    }
  }
  return true;
}

/** The writers append a document's pieces here; a document is written start to end without another in between. */
let out: string[] = [];

function writeMap(map: Record<string, unknown>, indent: string, first: string): void {
  let written = 0;
  for (const key of Object.keys(map)) {
    const value = map[key];
    if (value === undefined) {
      continue;
    }
    writeEntry(`${written++ === 0 ? first : indent}${scalarKey(key)}:`, value, indent, false);
  }
  if (written === 0) {
    out.push(`${first}{}\n`);
  }
}

function writeSeq(seq: readonly unknown[], indent: string, first: string): void {
  let prefix = first;
  for (const item of seq) {
    writeEntry(`${prefix}-`, item === undefined ? null : item, indent, true);
    prefix = indent;
  }
}

/** One `key:` or `-` line and what follows it. */
function writeEntry(head: string, value: unknown, indent: string, inSeq: boolean): void {
  if (!isCollection(value) || isEmpty(value)) {
    out.push(`${head} ${isCollection(value) ? (Array.isArray(value) ? '[]' : '{}') : scalarValue(value, indent)}\n`);
    return;
  }
  const inner = indent + INDENT;
  if (inSeq) {
    // `- a: 1` and `- - a`: the first entry shares the dash's line.
    if (Array.isArray(value)) {
      writeSeq(value, inner, `${head} `);
    } else {
      writeMap(value, inner, `${head} `);
    }
    return;
  }
  out.push(`${head}\n`);
  if (Array.isArray(value)) {
    writeSeq(value, inner, inner);
  } else {
    writeMap(value, inner, inner);
  }
}

/** A document: an object written in block style, quoted where YAML 1.1 would misread it. */
export function toYaml(obj: unknown): string {
  if (!isCollection(obj) || isEmpty(obj)) {
    return referenceYaml(obj);
  }
  out = [];
  try {
    if (Array.isArray(obj)) {
      writeSeq(obj, '', '');
    } else {
      writeMap(obj, '', '');
    }
    return out.join('');
  } finally {
    out = [];
  }
}
