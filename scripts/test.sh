#!/usr/bin/env bash
# `pnpm test`: installs what the tests need (Chromium and PostgreSQL from Debian, the
# workspace from the lockfile), builds every package, type-checks, lints, and runs every
# suite: Node tests with vitest, browser tests in real headless Chromium with
# web-test-runner, the PostgreSQL adapter against a server the run starts itself, the
# built Storybook, the end-to-end tests and the consumer tests (the packed packages installed
# into ordinary apps outside the workspace). Ends with `Summary: N passed, N failed`.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v pnpm >/dev/null || node -e "import('./scripts/ensure-pnpm.mjs').then(m => m.ensurePnpm())"

logs=.tmp/test-logs
rm -rf "$logs" && mkdir -p "$logs"
trap 'node scripts/summarise-tests.mjs "$logs"' EXIT

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
# Runs a test command with its output kept for the closing summary.
suite() { local name=$1; shift; "$@" 2>&1 | tee "$logs/$name.log"; }

step "system packages"; bash scripts/system-deps.sh
step "install";        pnpm install --frozen-lockfile --prefer-offline
step "build";          pnpm build
step "size budgets";   pnpm size
step "typecheck";      pnpm typecheck
step "lint";           pnpm lint
for pkg in core storage-adapters components cli; do
  step "tests: @dossier/$pkg"; suite "$pkg" pnpm --filter "@dossier/$pkg" test
done
step "storybook build"; pnpm build-storybook
step "end-to-end tests"; suite e2e pnpm exec vitest run --config tests/vitest.config.ts
step "consumer tests"; suite consumers pnpm exec vitest run --config tests/consumers/vitest.config.ts
