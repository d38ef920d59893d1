//! The data pallet-consensus keeps on chain and the views its runtime API returns.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt::Debug;
use scale_info::TypeInfo;

/// Identifies a model (0, 1, 2, ... in registration order).
pub type ModelId = u32;
/// Epochs are numbered from genesis: block `b` is in epoch `b / EpochLength`.
pub type Epoch = u32;
/// A score one peer gives another, in `1..=MAX_SCORE`.
pub type Score = u32;
/// Who funds a model: a community of pallet-voting (its `CommunityId`).
pub type FunderId = u32;

/// A registered model.
#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Model<Path> {
	/// The model's path (for example a repository or file path of its weights).
	pub path: Path,
	/// The epoch it was registered in.
	pub registered_epoch: Epoch,
	/// Number of peers hosting it.
	pub peer_count: u32,
	/// Epochs skipped for low participation (model errors), in total.
	pub errors: u32,
}

/// A peer hosting a model.
#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Peer<Balance, PeerId> {
	/// The peer's network identity, unique within the model.
	pub peer_id: PeerId,
	/// Funds held while it is a peer (and during the cool-down after).
	pub stake: Balance,
	/// The epoch it joined in; eligibility counts whole epochs from there.
	pub joined_epoch: Epoch,
}

/// One entry of a submission: the score a submitter gives the peer with `peer_id`.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct ModelPeerData<PeerId> {
	/// The scored peer.
	pub peer_id: PeerId,
	/// Its score, `1..=10_000`.
	pub score: Score,
}

/// Stake that is cooling down after its peer left or was removed.
#[derive(Clone, Copy, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Unbonding<Balance> {
	/// The held amount.
	pub amount: Balance,
	/// The first epoch in which it can be released.
	pub release_epoch: Epoch,
}

/// Why a model's epoch was not evaluated.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum SkipReason {
	/// The model is younger than `MinRequiredModelConsensusSubmitEpochs`, or has fewer than
	/// `MinModelPeers` peers eligible to submit.
	NotMature,
	/// Too few eligible peers submitted or unconfirmed (a model error).
	LowParticipation,
	/// At least `ModelConsensusUnconfirmedThreshold` of the participants unconfirmed: the
	/// model was in an error state; nobody is penalised.
	Unconfirmed,
	/// Too few eligible peers submitted data (a model error).
	LowSubmissions,
}

/// Why a peer was penalised.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum PenaltyReason {
	/// It scored a peer that consensus found out of consensus.
	ScoredOutOfConsensusPeer,
	/// It left out a peer that is in consensus.
	OmittedInConsensusPeer,
	/// Its score for a peer deviated from the consensus score by more than allowed.
	OutlierScore,
	/// It was eligible and neither submitted nor unconfirmed.
	Absent,
}

/// Why a peer left a model.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum RemovalReason {
	/// It called `remove_model_peer`.
	Left,
	/// Consensus found it out of consensus.
	OutOfConsensus,
	/// It was penalised for at least `PeerAgainstConsensusRemovalThreshold` of the evaluated
	/// peers in one epoch.
	AgainstConsensus,
	/// Its account's penalty count exceeded `MaxAccountPenaltyCount` (removed from all models).
	TooManyPenalties,
}

impl RemovalReason {
	/// Whether consensus removed the peer (and slashes `RemovalSlash` of its stake), rather
	/// than the peer leaving of its own accord.
	pub fn is_punitive(&self) -> bool {
		!matches!(self, RemovalReason::Left)
	}
}

/// Why part of a peer's stake was slashed.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum SlashReason {
	/// Penalties in an epoch: `PenaltySlash` per penalty.
	Penalties {
		/// How many.
		count: u32,
	},
	/// Consensus removed the peer: `RemovalSlash`.
	Removal,
}

/// The latest consensus result of a peer in a model: the on-chain "metagraph" row.
#[derive(Clone, Copy, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct PeerResult<Balance> {
	/// The epoch the result is for.
	pub epoch: Epoch,
	/// The consensus score (interquartile-filtered average), if the peer was in consensus.
	pub score: Option<Score>,
	/// Whether the peer was in consensus.
	pub in_consensus: bool,
	/// Penalties the peer got in that epoch.
	pub penalties: u32,
	/// The reward it was paid for that epoch.
	pub reward: Balance,
}

/// How a model's latest epoch ended.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum EpochOutcome {
	/// Consensus was formed.
	Formed,
	/// The epoch was skipped.
	Skipped(SkipReason),
}

/// Where the consensus step stands when it spreads over several blocks.
#[derive(Clone, Copy, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct ConsensusProgress {
	/// The epoch being closed.
	pub epoch: Epoch,
	/// The next model to evaluate.
	pub next_model: ModelId,
}

/// A peer and its latest result, as the runtime API returns it.
#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo)]
pub struct PeerView<AccountId, Balance> {
	/// The peer's account.
	pub account: AccountId,
	/// The peer's network identity.
	pub peer_id: alloc::vec::Vec<u8>,
	/// Its stake.
	pub stake: Balance,
	/// The epoch it joined in.
	pub joined_epoch: Epoch,
	/// Its latest consensus result, if it has been evaluated.
	pub result: Option<PeerResult<Balance>>,
}

/// Whether an account may submit for a model now, and why not.
#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo)]
pub enum SubmitStatus {
	/// It may submit (or unconfirm) now.
	Allowed,
	/// It may not; the error name says why (as `submit_consensus_data` would fail).
	Denied(alloc::vec::Vec<u8>),
}

/// A community's funding of a model's peers, in the payment asset: what is left of it and the
/// formed epochs it is spread over.
#[derive(Clone, Copy, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct ModelFunding<Balance> {
	/// The community that pays (its pot sent the money to the model's funding account).
	pub community: FunderId,
	/// Still to be paid to the peers (held by the model's funding account).
	pub remaining: Balance,
	/// Formed epochs left to pay it over; at zero, `remaining` waits to be returned to the
	/// community by a later proposal.
	pub epochs_left: u32,
}

/// A model's funding, as `ConsensusApi::model_funding` returns it.
#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo)]
pub struct FundingView<AccountId, Balance> {
	/// The model's funding account (any wallet shows its payment asset).
	pub account: AccountId,
	/// Its balance of the payment asset: at least the sum of the fundings' `remaining`.
	pub balance: Balance,
	/// The communities that fund the model.
	pub fundings: alloc::vec::Vec<ModelFunding<Balance>>,
}

/// Sets up what the benchmarks need outside the pallet.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId, Balance> {
	/// Gives `who` `amount` of the payment asset (creating the asset if needed).
	fn fund_payment(who: &AccountId, amount: Balance);
}
