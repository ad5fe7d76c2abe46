#!/bin/sh
# Refresh the dashboard's vendored libraries (src/dyad/web/static/vendor) from the npm registry.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
out="$here/src/dyad/web/static/vendor"
work=$(mktemp -d)
cd "$work"
npm pack --silent d3@7.9.2 topojson-client@3.1.0 world-atlas@2.0.2 >/dev/null
for f in *.tgz; do mkdir "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}" --strip-components=1; done
cp d3-7.9.2/dist/d3.min.js topojson-client-3.1.0/dist/topojson-client.min.js world-atlas-2.0.2/countries-110m.json "$out/"
cp d3-7.9.2/LICENSE "$out/LICENSE-d3"
cp topojson-client-3.1.0/LICENSE "$out/LICENSE-topojson-client"
cp world-atlas-2.0.2/LICENSE "$out/LICENSE-world-atlas"
rm -rf "$work"
