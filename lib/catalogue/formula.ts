/**
 * The small safe formula language that turns reported data elements into indicators.
 * It is parsed into a tree and interpreted; nothing is ever passed to eval.
 *
 *   expression  numbers (1000, 39.62), element codes (POOR_HOUSEHOLDS), + - * / (also × ÷),
 *               parentheses, comparisons (>= > <= < =, giving 1 or 0), and the functions:
 *   sum(x)      x for each unit, added up             count(x)  units that have a value for x
 *   min(a, …)   smallest                              max(a, …) largest
 *   growth_avg(x)   average yearly growth (%) of x from the baseline year
 *   drop_pct(x)     reduction (%) of x against the baseline year
 *   drop_pp_avg(x)  average yearly fall of x (in points) from the baseline year
 *   drop_yoy(x)     reduction (%) of x against the same span of the previous year
 *   mean_rate(x)    compounded mean of yearly rates x (%) over the campaign years so far
 *
 * A bare element code outside sum()/count() is the sum over the units in scope, so one formula
 * gives the province figure (summed elements, never averaged rates) and, over one unit, its reading.
 */

export type FormulaNode =
  | { kind: 'number'; value: number }
  | { kind: 'element'; code: string }
  | { kind: 'unary'; op: '-'; arg: FormulaNode }
  | { kind: 'binary'; op: BinaryOp; left: FormulaNode; right: FormulaNode }
  | { kind: 'call'; fn: FunctionName; args: FormulaNode[] };

type BinaryOp = '+' | '-' | '*' | '/' | '>=' | '>' | '<=' | '<' | '=';

export const AGGREGATES = ['sum', 'count'] as const;
export const TIME_FUNCTIONS = ['growth_avg', 'drop_pct', 'drop_pp_avg', 'drop_yoy', 'mean_rate'] as const;
const FUNCTIONS = [...AGGREGATES, 'min', 'max', ...TIME_FUNCTIONS] as const;
export type FunctionName = (typeof FUNCTIONS)[number];
export type TimeFunction = (typeof TIME_FUNCTIONS)[number];

/** A formula that does not parse or names an unknown element; `position` is a 0-based offset. */
export class FormulaError extends Error {
  constructor(
    readonly code: 'syntax' | 'unknown_element' | 'unknown_function' | 'arity' | 'nesting' | 'empty',
    readonly detail: string,
    readonly position: number,
  ) {
    super(`${code} at ${position}: ${detail}`);
  }
}

type Token = { type: 'num' | 'ident' | 'op' | 'lparen' | 'rparen' | 'comma'; text: string; pos: number };

const OPERATORS = ['>=', '<=', '+', '-', '*', '/', '×', '÷', '>', '<', '='];
const MAX_LENGTH = 2000;

function tokenize(source: string): Token[] {
  if (source.length > MAX_LENGTH) throw new FormulaError('syntax', `longer than ${MAX_LENGTH} characters`, MAX_LENGTH);
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const number = /^\d+(\.\d+)?/.exec(source.slice(i));
    if (number) {
      tokens.push({ type: 'num', text: number[0], pos: i });
      i += number[0].length;
      continue;
    }
    const ident = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i));
    if (ident) {
      tokens.push({ type: 'ident', text: ident[0], pos: i });
      i += ident[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => source.startsWith(o, i));
    if (op) {
      tokens.push({ type: 'op', text: op === '×' ? '*' : op === '÷' ? '/' : op, pos: i });
      i += op.length;
      continue;
    }
    if (c === '(' || c === ')' || c === ',') {
      tokens.push({ type: c === '(' ? 'lparen' : c === ')' ? 'rparen' : 'comma', text: c, pos: i });
      i++;
      continue;
    }
    throw new FormulaError('syntax', `unexpected character "${c}"`, i);
  }
  return tokens;
}

export type ParseOptions = { knownElements?: ReadonlySet<string> };

export function parseFormula(source: string, options: ParseOptions = {}): FormulaNode {
  const tokens = tokenize(source);
  if (tokens.length === 0) throw new FormulaError('empty', 'the formula is empty', 0);
  let at = 0;
  const peek = () => tokens[at];
  const endPos = () => (tokens[at] ? tokens[at].pos : source.length);

  function expect(type: Token['type'], what: string): Token {
    const t = tokens[at];
    if (!t || t.type !== type) throw new FormulaError('syntax', `expected ${what}`, endPos());
    at++;
    return t;
  }

  function comparison(): FormulaNode {
    const left = additive();
    const t = peek();
    if (t?.type === 'op' && ['>=', '>', '<=', '<', '='].includes(t.text)) {
      at++;
      return { kind: 'binary', op: t.text as BinaryOp, left, right: additive() };
    }
    return left;
  }

  function additive(): FormulaNode {
    let node = multiplicative();
    for (let t = peek(); t?.type === 'op' && (t.text === '+' || t.text === '-'); t = peek()) {
      at++;
      node = { kind: 'binary', op: t.text as BinaryOp, left: node, right: multiplicative() };
    }
    return node;
  }

  function multiplicative(): FormulaNode {
    let node = unary();
    for (let t = peek(); t?.type === 'op' && (t.text === '*' || t.text === '/'); t = peek()) {
      at++;
      node = { kind: 'binary', op: t.text as BinaryOp, left: node, right: unary() };
    }
    return node;
  }

  function unary(): FormulaNode {
    const t = peek();
    if (t?.type === 'op' && t.text === '-') {
      at++;
      return { kind: 'unary', op: '-', arg: unary() };
    }
    return primary();
  }

  function primary(): FormulaNode {
    const t = peek();
    if (!t) throw new FormulaError('syntax', 'the formula ends too early', source.length);
    if (t.type === 'num') {
      at++;
      return { kind: 'number', value: Number(t.text) };
    }
    if (t.type === 'lparen') {
      at++;
      const inner = comparison();
      expect('rparen', '")"');
      return inner;
    }
    if (t.type === 'ident') {
      at++;
      if (tokens[at]?.type === 'lparen') return call(t);
      if (options.knownElements && !options.knownElements.has(t.text)) {
        throw new FormulaError('unknown_element', t.text, t.pos);
      }
      return { kind: 'element', code: t.text };
    }
    throw new FormulaError('syntax', `unexpected "${t.text}"`, t.pos);
  }

  function call(name: Token): FormulaNode {
    const fn = name.text.toLowerCase() as FunctionName;
    if (!FUNCTIONS.includes(fn)) throw new FormulaError('unknown_function', name.text, name.pos);
    expect('lparen', '"("');
    const args: FormulaNode[] = [comparison()];
    while (peek()?.type === 'comma') {
      at++;
      args.push(comparison());
    }
    expect('rparen', '")"');
    const variadic = fn === 'min' || fn === 'max';
    if (variadic ? args.length < 1 : args.length !== 1) throw new FormulaError('arity', fn, name.pos);
    return { kind: 'call', fn, args };
  }

  const tree = comparison();
  if (at < tokens.length) throw new FormulaError('syntax', `unexpected "${tokens[at].text}"`, tokens[at].pos);
  checkNesting(tree, false, false, source);
  return tree;
}

/** Aggregates and time functions do not nest inside an aggregate: inside sum()/count() everything is per unit. */
function checkNesting(node: FormulaNode, inAggregate: boolean, inTime: boolean, source: string): void {
  if (node.kind === 'call') {
    const isAggregate = (AGGREGATES as readonly string[]).includes(node.fn);
    const isTime = (TIME_FUNCTIONS as readonly string[]).includes(node.fn);
    if (inAggregate && (isAggregate || isTime)) throw new FormulaError('nesting', node.fn, 0);
    if (inTime && isTime) throw new FormulaError('nesting', node.fn, 0);
    node.args.forEach((a) => checkNesting(a, inAggregate || isAggregate, inTime || isTime, source));
  } else if (node.kind === 'binary') {
    checkNesting(node.left, inAggregate, inTime, source);
    checkNesting(node.right, inAggregate, inTime, source);
  } else if (node.kind === 'unary') {
    checkNesting(node.arg, inAggregate, inTime, source);
  }
}

/** The element codes a formula reads, in order of first appearance. */
export function formulaElements(node: FormulaNode): string[] {
  const seen = new Set<string>();
  const walk = (n: FormulaNode) => {
    if (n.kind === 'element') seen.add(n.code);
    else if (n.kind === 'unary') walk(n.arg);
    else if (n.kind === 'binary') {
      walk(n.left);
      walk(n.right);
    } else if (n.kind === 'call') n.args.forEach(walk);
  };
  walk(node);
  return [...seen];
}

/** The outermost time function of a formula, if it has one (its argument is the indicator's level). */
export function timeFunctionOf(node: FormulaNode): { fn: TimeFunction; level: FormulaNode } | null {
  if (node.kind === 'call' && (TIME_FUNCTIONS as readonly string[]).includes(node.fn)) {
    return { fn: node.fn as TimeFunction, level: node.args[0] };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------------------------------

/** Each unit's element values for one span of time; a missing code means "not reported". */
export type UnitValues = ReadonlyMap<string, number>;
export type Snapshot = readonly UnitValues[];

/**
 * What a formula reads: the units' values for the year being computed and, for time functions,
 * for the baseline year, the previous year (same span) and each campaign year.
 */
export type FormulaData = {
  year: number;
  current: Snapshot;
  baselineYear?: number;
  baseline?: Snapshot;
  previous?: Snapshot;
  /** one snapshot per campaign year from the first to `year`, for mean_rate */
  years?: ReadonlyArray<{ year: number; snapshot: Snapshot }>;
};

type Value = number | null;

function arithmetic(op: BinaryOp, a: Value, b: Value): Value {
  if (a === null || b === null) return null;
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? null : a / b;
    case '>=':
      return a >= b ? 1 : 0;
    case '>':
      return a > b ? 1 : 0;
    case '<=':
      return a <= b ? 1 : 0;
    case '<':
      return a < b ? 1 : 0;
    case '=':
      return Math.abs(a - b) < 1e-9 ? 1 : 0;
  }
}

function extreme(fn: 'min' | 'max', values: Value[]): Value {
  if (values.some((v) => v === null)) return null;
  return fn === 'min' ? Math.min(...(values as number[])) : Math.max(...(values as number[]));
}

/** Per-unit evaluation, inside sum()/count(). */
function evaluateForUnit(node: FormulaNode, unit: UnitValues): Value {
  switch (node.kind) {
    case 'number':
      return node.value;
    case 'element':
      return unit.get(node.code) ?? null;
    case 'unary': {
      const v = evaluateForUnit(node.arg, unit);
      return v === null ? null : -v;
    }
    case 'binary':
      return arithmetic(node.op, evaluateForUnit(node.left, unit), evaluateForUnit(node.right, unit));
    case 'call':
      if (node.fn === 'min' || node.fn === 'max') {
        return extreme(node.fn, node.args.map((a) => evaluateForUnit(a, unit)));
      }
      throw new FormulaError('nesting', node.fn, 0);
  }
}

function aggregate(node: FormulaNode, snapshot: Snapshot): Value {
  switch (node.kind) {
    case 'number':
      return node.value;
    case 'element': {
      let total: number | null = null;
      for (const unit of snapshot) {
        const v = unit.get(node.code);
        if (v !== undefined) total = (total ?? 0) + v;
      }
      return total;
    }
    case 'unary': {
      const v = aggregate(node.arg, snapshot);
      return v === null ? null : -v;
    }
    case 'binary':
      return arithmetic(node.op, aggregate(node.left, snapshot), aggregate(node.right, snapshot));
    case 'call': {
      if (node.fn === 'sum' || node.fn === 'count') {
        let total: number | null = null;
        for (const unit of snapshot) {
          const v = evaluateForUnit(node.args[0], unit);
          if (v !== null) total = (total ?? 0) + (node.fn === 'sum' ? v : 1);
        }
        return node.fn === 'count' ? (total ?? 0) : total;
      }
      if (node.fn === 'min' || node.fn === 'max') {
        return extreme(node.fn, node.args.map((a) => aggregate(a, snapshot)));
      }
      throw new FormulaError('nesting', node.fn, 0);
    }
  }
}

function evaluateNode(node: FormulaNode, data: FormulaData): Value {
  if (node.kind === 'call' && (TIME_FUNCTIONS as readonly string[]).includes(node.fn)) {
    return evaluateTime(node.fn as TimeFunction, node.args[0], data);
  }
  switch (node.kind) {
    case 'unary': {
      const v = evaluateNode(node.arg, data);
      return v === null ? null : -v;
    }
    case 'binary':
      return arithmetic(node.op, evaluateNode(node.left, data), evaluateNode(node.right, data));
    case 'call':
      if (node.fn === 'min' || node.fn === 'max') {
        return extreme(node.fn, node.args.map((a) => evaluateNode(a, data)));
      }
      return aggregate(node, data.current);
    default:
      return aggregate(node, data.current);
  }
}

function evaluateTime(fn: TimeFunction, level: FormulaNode, data: FormulaData): Value {
  const current = aggregate(level, data.current);
  if (current === null) return null;
  if (fn === 'drop_yoy') {
    const previous = data.previous ? aggregate(level, data.previous) : null;
    return previous === null || previous === 0 ? null : (100 * (previous - current)) / previous;
  }
  if (fn === 'mean_rate') {
    const rates = (data.years ?? []).map((y) => aggregate(level, y.snapshot)).filter((r): r is number => r !== null);
    if (rates.length === 0) return null;
    const product = rates.reduce((p, r) => p * (1 + r / 100), 1);
    return product <= 0 ? null : 100 * (Math.pow(product, 1 / rates.length) - 1);
  }
  const base = data.baseline ? aggregate(level, data.baseline) : null;
  const span = data.baselineYear === undefined ? 0 : data.year - data.baselineYear;
  if (base === null) return null;
  switch (fn) {
    case 'drop_pct':
      return base === 0 ? null : (100 * (base - current)) / base;
    case 'drop_pp_avg':
      return span <= 0 ? null : (base - current) / span;
    case 'growth_avg':
      return span <= 0 || base <= 0 || current < 0 ? null : 100 * (Math.pow(current / base, 1 / span) - 1);
  }
}

/** The formula's value over the units in the data, or null when the data cannot give one. */
export function evaluateFormula(node: FormulaNode, data: FormulaData): number | null {
  const v = evaluateNode(node, data);
  return v === null || !Number.isFinite(v) ? null : v;
}
