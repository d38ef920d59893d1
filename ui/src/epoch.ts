// Where a block stands in pallet-consensus's epoch: block `b` is in epoch `b / EpochLength`;
// its first `PeerChangeWindow` blocks are the peer window, the rest the submission window, and
// the consensus of an epoch forms in the first block of the next.

export interface EpochProgress {
  epoch: number;
  /** Blocks since the epoch's first block. */
  position: number;
  phase: "peer-window" | "submission-window";
  /** Blocks until the next epoch's first block (where this epoch's consensus forms). */
  untilConsensus: number;
}

export function epochProgress(block: number, epochLength: number, peerWindow: number): EpochProgress {
  if (epochLength <= 0) throw new RangeError("the epoch length is at least 1");
  const epoch = Math.floor(block / epochLength);
  const position = block % epochLength;
  return { epoch, position, phase: position < peerWindow ? "peer-window" : "submission-window", untilConsensus: epochLength - position };
}
