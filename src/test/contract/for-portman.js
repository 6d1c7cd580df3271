// Copies an OpenAPI 3.0 document for Portman, writing OpenAPI 3.0's boolean
// exclusiveMinimum/exclusiveMaximum in the numeric form of later JSON Schema drafts: the
// converter Portman uses passes the booleans through, the JSON Schema it then checks
// responses against is invalid, and Portman skips that operation's schema test.
// "minimum: 0, exclusiveMinimum: true" becomes "minimum: 0, exclusiveMinimum: 0" (the same
// bound); "exclusive...: false" is dropped (the default).
//
// usage: node for-portman.js openapi.json > openapi-for-portman.json
'use strict';

const fs = require('fs');

const document = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));

function rewrite(node) {
  if (Array.isArray(node)) {
    node.forEach(rewrite);
    return;
  }
  if (node === null || typeof node !== 'object') {
    return;
  }
  for (const [flag, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']]) {
    if (node[flag] === true && typeof node[bound] === 'number') {
      node[flag] = node[bound];
    } else if (typeof node[flag] === 'boolean') {
      delete node[flag];
    }
  }
  Object.values(node).forEach(rewrite);
}

rewrite(document.components || {});
rewrite(document.paths || {});

// The operations on one stored study (/v1/studies/{id}...) are stateful: the example path
// parameters name no study, so every generated request would meet a 404. StudiesHttpTests
// runs them in order on real studies and checks each answer against this same document.
for (const path of Object.keys(document.paths || {})) {
  if (path.startsWith('/v1/studies/{')) {
    delete document.paths[path];
  }
}

// Portman's fuzzing addresses a property by its path, and a map's values have none (it
// would remove "space.additionalProperties.type" from a body that has no such key and
// expect a 400). Constraints on a map's values stay in the served document and are checked
// by the capability's own tests; this copy leaves them out.
function mapValueSchemas(node, found) {
  if (Array.isArray(node)) {
    node.forEach((item) => mapValueSchemas(item, found));
    return;
  }
  if (node === null || typeof node !== 'object') {
    return;
  }
  const values = node.additionalProperties;
  if (values && typeof values === 'object' && values.$ref) {
    found.add(values.$ref.replace('#/components/schemas/', ''));
  }
  Object.values(node).forEach((child) => mapValueSchemas(child, found));
}
function unconstrain(node) {
  if (Array.isArray(node)) {
    node.forEach(unconstrain);
    return;
  }
  if (node === null || typeof node !== 'object') {
    return;
  }
  for (const key of ['required', 'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems']) {
    delete node[key];
  }
  Object.values(node).forEach(unconstrain);
}
const mapValues = new Set();
mapValueSchemas(document.paths || {}, mapValues);
mapValueSchemas((document.components || {}).schemas || {}, mapValues);
for (const name of mapValues) {
  const schema = ((document.components || {}).schemas || {})[name];
  if (schema) {
    unconstrain(schema);
  }
}
process.stdout.write(JSON.stringify(document, null, 2) + '\n');
