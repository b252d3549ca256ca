#!/usr/bin/env bash
# `pnpm test`: installs what the tests need (Chromium and PostgreSQL from Debian, the
# workspace from the lockfile), builds every package, type-checks, lints, and runs every
# suite: Node tests with vitest, browser tests in real headless Chromium with
# web-test-runner, the PostgreSQL adapter against a server the run starts itself.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v pnpm >/dev/null || node -e "import('./scripts/ensure-pnpm.mjs').then(m => m.ensurePnpm())"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "system packages"; bash scripts/system-deps.sh
step "install";        pnpm install --frozen-lockfile --prefer-offline
step "build";          pnpm build
step "typecheck";      pnpm typecheck
step "lint";           pnpm lint
step "package tests";  pnpm -r --workspace-concurrency=1 --filter './packages/*' test
step "storybook build"; pnpm build-storybook
if [ -f tests/vitest.config.ts ]; then
  step "end-to-end tests"; pnpm exec vitest run --config tests/vitest.config.ts
fi
step "all suites passed"
