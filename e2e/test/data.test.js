// The column's open data: every report.json against data/report.schema.json (ajv, JSON Schema
// 2020-12), and the schema itself rejects what it should. The Java tests check the feed, CSVs and sitemap.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const COLUMN = resolve(dirname(fileURLToPath(import.meta.url)), '../../site-src/target/column');
const schema = JSON.parse(readFileSync(join(COLUMN, 'data/report.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
const reports = readdirSync(COLUMN, { recursive: true }).filter((f) => f.endsWith('report.json')).sort();

test('every report.json of the demo column follows data/report.schema.json', () => {
  assert.ok(reports.length > 40, `only ${reports.length} report.json files`);
  const problems = [];
  for (const f of reports) {
    if (!validate(JSON.parse(readFileSync(join(COLUMN, f), 'utf8')))) {
      problems.push(`${f}: ${JSON.stringify(validate.errors)}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('the schema refuses a broken report.json', () => {
  const good = JSON.parse(readFileSync(join(COLUMN, reports[0]), 'utf8'));
  const broken = [
    { ...good, year: '2023' },
    { ...good, extra: 1 },
    { ...good, rows: [{ ...good.rows[0], type: 'count', value: -1 }] },
    { ...good, rows: [{ ...good.rows[0], type: 'percent', value: 120 }] },
    { ...good, rows: [{ ...good.rows[0], type: 'quarters', value: { 第五季度: 1 } }] },
    { ...good, rows: [{ ...good.rows[0], type: 'matrix', value: { 自然人: -1 } }] },
    { ...good, form: 'other' },
    { ...good, site: { ...good.site, slug: '../x' } },
  ];
  for (const b of broken) {
    assert.equal(validate(b), false, JSON.stringify(b).slice(0, 200));
  }
});
