// The studio's bpmnlint: the "recommended" rules of bpmnlint, bundled for the browser by the Maven
// build (esbuild --bundle --format=iife --global-name=StudioLint). bpmnlint is CommonJS only and
// resolves rules through a resolver; a StaticResolver over this fixed cache does what bpmnlint's
// own compile-config writes for bpmn-js-bpmnlint, without a code generator.
//
//   StudioLint.lint(definitions) → Promise of [{id, rule, category: 'error'|'warn', message}]
//   where definitions is the bpmn:Definitions moddle root (modeler.getDefinitions()).
'use strict';

const Linter = require('bpmnlint/lib/linter');
const StaticResolver = require('bpmnlint/lib/resolver/static-resolver');

const cache = {
  'config:bpmnlint/recommended': require('bpmnlint/config/recommended'),
  'rule:bpmnlint/ad-hoc-sub-process': require('bpmnlint/rules/ad-hoc-sub-process'),
  'rule:bpmnlint/conditional-flows': require('bpmnlint/rules/conditional-flows'),
  'rule:bpmnlint/end-event-required': require('bpmnlint/rules/end-event-required'),
  'rule:bpmnlint/event-based-gateway': require('bpmnlint/rules/event-based-gateway'),
  'rule:bpmnlint/event-sub-process-typed-start-event': require('bpmnlint/rules/event-sub-process-typed-start-event'),
  'rule:bpmnlint/fake-join': require('bpmnlint/rules/fake-join'),
  'rule:bpmnlint/global': require('bpmnlint/rules/global'),
  'rule:bpmnlint/label-required': require('bpmnlint/rules/label-required'),
  'rule:bpmnlint/link-event': require('bpmnlint/rules/link-event'),
  'rule:bpmnlint/no-bpmndi': require('bpmnlint/rules/no-bpmndi'),
  'rule:bpmnlint/no-complex-gateway': require('bpmnlint/rules/no-complex-gateway'),
  'rule:bpmnlint/no-disconnected': require('bpmnlint/rules/no-disconnected'),
  'rule:bpmnlint/no-duplicate-sequence-flows': require('bpmnlint/rules/no-duplicate-sequence-flows'),
  'rule:bpmnlint/no-gateway-join-fork': require('bpmnlint/rules/no-gateway-join-fork'),
  'rule:bpmnlint/no-implicit-split': require('bpmnlint/rules/no-implicit-split'),
  'rule:bpmnlint/no-implicit-end': require('bpmnlint/rules/no-implicit-end'),
  'rule:bpmnlint/no-implicit-start': require('bpmnlint/rules/no-implicit-start'),
  'rule:bpmnlint/no-inclusive-gateway': require('bpmnlint/rules/no-inclusive-gateway'),
  'rule:bpmnlint/no-overlapping-elements': require('bpmnlint/rules/no-overlapping-elements'),
  'rule:bpmnlint/single-blank-start-event': require('bpmnlint/rules/single-blank-start-event'),
  'rule:bpmnlint/single-event-definition': require('bpmnlint/rules/single-event-definition'),
  'rule:bpmnlint/start-event-required': require('bpmnlint/rules/start-event-required'),
  'rule:bpmnlint/sub-process-blank-start-event': require('bpmnlint/rules/sub-process-blank-start-event'),
  'rule:bpmnlint/superfluous-gateway': require('bpmnlint/rules/superfluous-gateway'),
  'rule:bpmnlint/superfluous-label': require('bpmnlint/rules/superfluous-label'),
  'rule:bpmnlint/superfluous-termination': require('bpmnlint/rules/superfluous-termination'),
};

const resolver = new StaticResolver(cache);
const config = { extends: 'bpmnlint:recommended' };

/** The rule names of the recommended configuration. */
const rules = Object.keys(cache)
  .filter((key) => key.startsWith('rule:'))
  .map((key) => key.substring('rule:bpmnlint/'.length));

async function lint(definitions) {
  // a new linter each time: a rule keeps what it has seen (no-duplicate-sequence-flows remembers
  // every flow), and a linter keeps its rules, so one linter for two runs reports duplicates
  const linter = new Linter({ resolver, config });
  const results = await linter.lint(definitions);
  const problems = [];
  Object.keys(results).forEach((rule) => {
    results[rule].forEach((report) => {
      problems.push({
        id: report.id || null,
        rule: rule,
        category: report.category === 'error' || report.category === 'rule-error' ? 'error' : 'warn',
        message: report.message
      });
    });
  });
  return problems;
}

module.exports = { lint, rules };
