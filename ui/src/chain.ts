// The connection: a PAPI client on the node's WebSocket, the typed API from the committed
// descriptors (`.papi/`, generated from the runtime's metadata), and the chain's constants.

import { dao } from "@polkadot-api/descriptors";
import { createClient, type PolkadotClient, type TypedApi } from "polkadot-api";
import { getWsProvider } from "polkadot-api/ws";

export type Api = TypedApi<typeof dao>;

/** What the pages need of the chain, read once at connection. */
export interface Chain {
  url: string;
  client: PolkadotClient;
  api: Api;
  /** `system_chainType`: "Development", "Local", "Live", ... */
  chainType: string;
  /** Native token symbol and decimals (chain spec properties). */
  symbol: string;
  decimals: number;
  /** Milliseconds per block (Aura slot duration). */
  blockMs: number;
  /** pallet-voting's `VotePrice`: a vote of power v commits v² × this. */
  votePrice: bigint;
  /** pallet-consensus's epoch length and peer window, in blocks. */
  epochLength: number;
  peerWindow: number;
}

/** The node the app talks to: `?rpc=` in the address, else the dev node's default. */
export function nodeUrl(): string {
  const param = new URLSearchParams(window.location.search).get("rpc");
  return param ?? "ws://127.0.0.1:9944";
}

export async function connect(url: string): Promise<Chain> {
  const client = createClient(getWsProvider(url));
  const api = client.getTypedApi(dao);
  const [spec, chainType, slot, votePrice, epochLength, peerWindow] = await Promise.all([
    client.getChainSpecData(),
    client._request<string, []>("system_chainType", []),
    api.apis.AuraApi.slot_duration(),
    api.constants.Voting.VotePrice(),
    api.constants.Consensus.EpochLength(),
    api.constants.Consensus.PeerChangeWindow(),
  ]);
  const properties = (spec.properties ?? {}) as { tokenSymbol?: string; tokenDecimals?: number };
  return {
    url,
    client,
    api,
    chainType: typeof chainType === "string" ? chainType : "Live",
    symbol: properties.tokenSymbol ?? "DAO",
    decimals: properties.tokenDecimals ?? 12,
    blockMs: Number(slot),
    votePrice,
    epochLength,
    peerWindow,
  };
}

/** Whether the chain is a development one, where the well-known dev accounts may sign. */
export function isDevChain(chain: Chain): boolean {
  return chain.chainType === "Development" || chain.chainType === "Local";
}
