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
process.stdout.write(JSON.stringify(document, null, 2) + '\n');
