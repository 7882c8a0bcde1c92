import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * No function of the product code is over LIMIT lines: one that long does several jobs, and
 * each job wants a name and a module of its own. Counted from the function's first line to its
 * last (its doc comment left out), for every function declaration, function expression, arrow
 * function, method, accessor and constructor, nested ones each on their own.
 */
const LIMIT = 120;
const ROOT = join(__dirname, '../..');
const PRODUCT_DIRS = ['lib', 'components', 'entrypoints'];

function productFiles(): string[] {
  const files: string[] = [];
  for (const dir of PRODUCT_DIRS) {
    for (const entry of readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })) {
      if (/\.tsx?$/.test(entry) && !entry.endsWith('.d.ts')) files.push(join(dir, entry).split('\\').join('/'));
    }
  }
  return files.sort();
}

type FunctionNode = ts.FunctionLikeDeclaration;

function isFunction(node: ts.Node): node is FunctionNode {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ts.isConstructorDeclaration(node)
  );
}

/** The function's own name, else the name of what it is assigned to, else its line. */
function nameOf(node: FunctionNode, source: ts.SourceFile, line: number): string {
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  if (node.name && !ts.isComputedPropertyName(node.name)) return node.name.getText(source);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) {
    return parent.name.getText(source);
  }
  return `(anonymous at line ${line})`;
}

interface Measured {
  key: string;
  lines: number;
}

function measure(file: string): Measured[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: Measured[] = [];
  const visit = (node: ts.Node): void => {
    if (isFunction(node)) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
      out.push({ key: `${file}:${nameOf(node, source, first)}`, lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('function length', () => {
  const all = productFiles().flatMap(measure);
  const over = all.filter((f) => f.lines > LIMIT);

  it('reads the product code', () => {
    expect(all.length).toBeGreaterThan(100);
  });

  it(`has no function over ${LIMIT} lines`, () => {
    expect(over.map((f) => `${f.key} (${f.lines} lines)`)).toEqual([]);
  });
});
