// Who signs: the well-known dev accounts on a development chain, or the accounts of a browser
// extension (polkadot{.js}, Talisman, SubWallet: anything that injects into `window`), through
// PAPI's signers.

import { DEV_PHRASE, entropyToMiniSecret, mnemonicToEntropy, ss58Address } from "@polkadot-labs/hdkd-helpers";
import { sr25519CreateDerive } from "@polkadot-labs/hdkd";
import type { PolkadotSigner } from "polkadot-api";
import { getPolkadotSigner } from "polkadot-api/signer";
import { connectInjectedExtension, getInjectedExtensions } from "polkadot-api/pjs-signer";

export interface Account {
  /** SS58 address (generic prefix 42, as the chain spec's `ss58Format`). */
  address: string;
  name: string;
  /** Where it comes from: "dev" or the extension's name. */
  source: string;
  signer: PolkadotSigner;
}

export const DEV_NAMES = ["Alice", "Bob", "Charlie", "Dave", "Eve", "Ferdie"] as const;

/** The dev accounts //Alice ... //Ferdie of the well-known dev phrase (sr25519). */
export function devAccounts(ss58Format = 42): Account[] {
  const derive = sr25519CreateDerive(entropyToMiniSecret(mnemonicToEntropy(DEV_PHRASE)));
  return DEV_NAMES.map((name) => {
    const pair = derive(`//${name}`);
    return {
      address: ss58Address(pair.publicKey, ss58Format),
      name,
      source: "dev",
      signer: getPolkadotSigner(pair.publicKey, "Sr25519", pair.sign),
    };
  });
}

/** The names of the extensions the browser has injected. */
export function extensions(): string[] {
  return getInjectedExtensions();
}

/** The accounts of extension `name`, once the user allows the app. */
export async function extensionAccounts(name: string): Promise<Account[]> {
  const extension = await connectInjectedExtension(name, "dao-chain");
  return extension.getAccounts().map((a) => ({
    address: a.address,
    name: a.name ?? a.address,
    source: name,
    signer: a.polkadotSigner,
  }));
}
