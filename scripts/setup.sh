#!/usr/bin/env bash
# Idempotent machine setup for dao-chain: system packages, the wasm target and rust-src.
# Safe to run again: it only installs what is missing.
set -euo pipefail

log() { printf '[setup] %s\n' "$*"; }

need_pkgs=()
command -v protoc >/dev/null 2>&1 || need_pkgs+=(protobuf-compiler)
command -v pkg-config >/dev/null 2>&1 || need_pkgs+=(pkg-config)
command -v cc >/dev/null 2>&1 || need_pkgs+=(build-essential)
command -v make >/dev/null 2>&1 || need_pkgs+=(make)
# litep2p vendors OpenSSL; its build runs Configure, which needs a full perl (IPC::Cmd).
perl -MIPC::Cmd -e 1 >/dev/null 2>&1 || need_pkgs+=(perl)
command -v git >/dev/null 2>&1 || need_pkgs+=(git)
command -v curl >/dev/null 2>&1 || need_pkgs+=(curl)
# `make weights` patches a chain spec for the storage benchmark with it.
command -v python3 >/dev/null 2>&1 || need_pkgs+=(python3)
# The Python example's test (`make test-ui`) runs in a venv.
python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || need_pkgs+=(python3-venv)
# The app's browser test (`make test-ui`) drives Debian's chromium (the registry's bundled
# browser builds cannot be downloaded here), with a font for its screenshots.
command -v chromium >/dev/null 2>&1 || need_pkgs+=(chromium)
[ -d /usr/share/fonts/truetype/liberation ] || need_pkgs+=(fonts-liberation)

if [ ${#need_pkgs[@]} -gt 0 ]; then
	if command -v apt-get >/dev/null 2>&1; then
		SUDO=""
		if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
		log "installing system packages: ${need_pkgs[*]}"
		$SUDO apt-get update -qq
		DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}"
	else
		echo "[setup] missing system packages: ${need_pkgs[*]}" >&2
		echo "[setup] no apt-get here: install them with your package manager and run again" >&2
		exit 1
	fi
else
	log "system packages present"
fi

if ! command -v rustup >/dev/null 2>&1; then
	echo "[setup] rustup is required (https://rustup.rs)" >&2
	exit 1
fi

# rust-toolchain.toml pins the channel; install its wasm target and rust-src explicitly
# (RUSTUP_AUTO_INSTALL may be off).
cd "$(dirname "$0")/.."
toolchain=$(sed -n 's/^channel *= *"\(.*\)"/\1/p' rust-toolchain.toml)
if ! rustup toolchain list | grep -q "^${toolchain}"; then
	log "installing toolchain ${toolchain}"
	rustup toolchain install "${toolchain}" --profile minimal -c rustfmt -c clippy
fi
installed_targets=$(rustup target list --installed --toolchain "${toolchain}")
echo "${installed_targets}" | grep -q '^wasm32v1-none$' || { log "adding wasm32v1-none"; rustup target add wasm32v1-none --toolchain "${toolchain}"; }
installed_components=$(rustup component list --installed --toolchain "${toolchain}")
for c in rust-src rustfmt clippy; do
	echo "${installed_components}" | grep -q "^${c}" || { log "adding ${c}"; rustup component add "${c}" --toolchain "${toolchain}"; }
done

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
	echo "[setup] Node.js and npm are required for the polkadot.js tests" >&2
	exit 1
fi
log "done"
