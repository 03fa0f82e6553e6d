# Shared by scripts/dev, scripts/test and scripts/setup (sourced, not run): puts the project's tools on
# PATH and installs whatever is missing. Every step checks the installed version first, so running it
# again costs a second.
#
# Installs (only when missing or at the wrong version):
#   - the Rust target wasm32-unknown-unknown (rustup)
#   - Trunk 0.21.14 (cargo install, into ~/.cargo/bin)
#   - wasm-bindgen-cli at exactly the Cargo.lock version of wasm-bindgen (cargo install, ~/.cargo/bin)
#   - wasm-opt from npm binaryen 132 (into .tools/npm, linked as .tools/bin/wasm-opt)
#   - tests only: Debian chromium + chromium-driver (apt-get)

LEDE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LEDE_TOOLS="$LEDE_ROOT/.tools"
TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
export PATH="$LEDE_TOOLS/bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
note() { printf '   %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else die "need root (or sudo) for: $*"
  fi
}

ensure_rust() {
  command -v cargo >/dev/null || die "cargo not found: install Rust with rustup (https://rustup.rs) first"
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    step "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  else
    note "wasm32-unknown-unknown target: installed"
  fi
}

ensure_trunk() {
  if trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
    note "trunk $TRUNK_VERSION: installed"
    return
  fi
  step "cargo install trunk $TRUNK_VERSION (several minutes)"
  # Thin LTO and parallel codegen: the same Trunk, built in a third of the time.
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install --locked trunk --version "$TRUNK_VERSION"
}

wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$LEDE_ROOT/Cargo.lock"
}

ensure_wasm_bindgen() {
  local want
  want=$(wasm_bindgen_version)
  [ -n "$want" ] || die "no wasm-bindgen entry in Cargo.lock"
  if wasm-bindgen --version 2>/dev/null | grep -q " $want\$"; then
    note "wasm-bindgen-cli $want: installed"
    return
  fi
  step "cargo install wasm-bindgen-cli $want (several minutes)"
  # No --locked: the crate's lock file pins a dependency version that is no longer in the registry.
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install wasm-bindgen-cli --version "$want"
}

ensure_wasm_opt() {
  # Debian's binaryen is too old for today's rustc output; npm's is current and needs only Node.
  if "$LEDE_TOOLS/bin/wasm-opt" --version 2>/dev/null | grep -q "version $BINARYEN_VERSION\b"; then
    note "wasm-opt (binaryen $BINARYEN_VERSION): installed"
    return
  fi
  command -v npm >/dev/null || die "npm not found: install Node.js 20 and npm first"
  step "npm install binaryen@$BINARYEN_VERSION.0.0 into .tools/npm"
  mkdir -p "$LEDE_TOOLS/npm" "$LEDE_TOOLS/bin"
  npm --prefix "$LEDE_TOOLS/npm" install --no-save --no-audit --no-fund "binaryen@$BINARYEN_VERSION.0.0"
  ln -sf "$LEDE_TOOLS/npm/node_modules/binaryen/bin/wasm-opt" "$LEDE_TOOLS/bin/wasm-opt"
  "$LEDE_TOOLS/bin/wasm-opt" --version
}

ensure_chromium() {
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
    note "chromium + chromedriver: installed"
    return
  fi
  command -v apt-get >/dev/null || die "chromium and chromedriver are missing and apt-get is not available"
  step "apt-get install chromium chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  # Refresh the package lists only when they don't know the packages (a fresh machine) or are stale.
  if ! apt-cache show chromium-driver >/dev/null 2>&1; then
    as_root apt-get update
  fi
  if ! as_root apt-get install -y --no-install-recommends chromium chromium-driver; then
    as_root apt-get update
    as_root apt-get install -y --no-install-recommends chromium chromium-driver
  fi
}

# The tools for building and serving the app.
ensure_app_tools() {
  step "checking tools"
  ensure_rust
  ensure_wasm_opt
  ensure_trunk
  ensure_wasm_bindgen
}

# Everything the tests need on top.
ensure_test_tools() {
  ensure_app_tools
  ensure_chromium
  rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
  rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
}
