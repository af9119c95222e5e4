#!/usr/bin/env bash
# Regenerates the static protobuf code in protos/gen from protos/wx/v1/*.proto.
# The output is committed; CI regenerates it and fails on a difference (see .ci/run).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p gen
npx --no-install pbjs -t static-module -w es6 --es6 --no-beautify --force-number -p . \
  -o gen/wx.js wx/v1/*.proto
npx --no-install pbts --no-comments -o gen/wx.d.ts gen/wx.js
