//! The data pallet-consensus keeps on chain and the views its runtime API returns.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt::Debug;
use frame_support::{
	traits::{ConstU32, Get},
	BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;
use sp_runtime::traits::Zero;

/// Identifies a model (0, 1, 2, ... in registration order).
pub type ModelId = u32;
/// Epochs are numbered from genesis: block `b` is in epoch `b / EpochLength`.
pub type Epoch = u32;
/// A score one peer gives another, in `1..=MAX_SCORE` (`crate::math::MAX_SCORE`).
pub type Score = u16;
/// A peer's index within its model: dense, from 0, reused when a peer leaves (Bittensor's
/// "uid"). At most `MaxModelPeers` of them per model.
pub type Uid = u16;
/// Who funds a model: a community of pallet-voting (its `CommunityId`).
pub type FunderId = u32;

/// A bounded collection is full.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct CapacityExceeded;

/// The most epochs a peer may have to wait before it may submit
/// (`MinRequiredPeerConsensusSubmitEpochs`, checked by `integrity_test`): [`Model::maturing`]
/// keeps one entry per such epoch.
pub const MAX_MATURITY_EPOCHS: u32 = 8;

/// How many of a model's current peers joined in `epoch`.
#[derive(Clone, Copy, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct JoinCount {
	/// The epoch they joined in.
	pub epoch: Epoch,
	/// How many of them are still peers.
	pub peers: u32,
}

/// A registered model.
#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Model<Path> {
	/// The model's path (for example a repository or file path of its weights).
	pub path: Path,
	/// The epoch it was registered in.
	pub registered_epoch: Epoch,
	/// Number of peers hosting it.
	pub peer_count: u32,
	/// Uids issued so far (the length of its [`crate::Roster`]): every uid of the model is
	/// below this.
	pub uids: u32,
	/// Peers that joined in the last `MAX_MATURITY_EPOCHS` epochs, by join epoch: the peers
	/// not counted here may submit. With `peer_count`, this gives the number of peers that
	/// may submit without reading them ([`Model::may_submit_count`]).
	pub maturing: BoundedVec<JoinCount, ConstU32<MAX_MATURITY_EPOCHS>>,
	/// Epochs skipped for low participation (model errors), in total.
	pub errors: u32,
}

impl<Path> Model<Path> {
	/// The number of the model's peers that may submit in `epoch`, given `may_submit(joined,
	/// epoch)`, the maturity rule.
	pub fn may_submit_count(&self, epoch: Epoch, may_submit: impl Fn(Epoch, Epoch) -> bool) -> u32 {
		let young = self
			.maturing
			.iter()
			.filter(|count| !may_submit(count.epoch, epoch))
			.fold(0u32, |sum, count| sum.saturating_add(count.peers));
		self.peer_count.saturating_sub(young)
	}

	/// A peer joined in `epoch`; entries of epochs whose peers are all mature (by
	/// `may_submit`) are dropped first. Fails if `MAX_MATURITY_EPOCHS` entries are still
	/// needed (ruled out by `integrity_test`) or a count would overflow.
	pub fn note_join(
		&mut self,
		epoch: Epoch,
		may_submit: impl Fn(Epoch, Epoch) -> bool,
	) -> Result<(), CapacityExceeded> {
		self.maturing.retain(|count| !may_submit(count.epoch, epoch));
		match self.maturing.iter_mut().find(|count| count.epoch == epoch) {
			Some(count) => count.peers = count.peers.checked_add(1).ok_or(CapacityExceeded)?,
			None => self
				.maturing
				.try_push(JoinCount { epoch, peers: 1 })
				.map_err(|_| CapacityExceeded)?,
		}
		self.peer_count = self.peer_count.checked_add(1).ok_or(CapacityExceeded)?;
		Ok(())
	}

	/// A peer that joined in `joined` left.
	pub fn note_leave(&mut self, joined: Epoch) {
		self.peer_count = self.peer_count.saturating_sub(1);
		if let Some(count) = self.maturing.iter_mut().find(|count| count.epoch == joined) {
			count.peers = count.peers.saturating_sub(1);
		}
		self.maturing.retain(|count| count.peers > 0);
	}
}

/// A peer hosting a model.
#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Peer<Balance, PeerId> {
	/// Its uid in the model.
	pub uid: Uid,
	/// The peer's network identity, unique within the model.
	pub peer_id: PeerId,
	/// Funds held while it is a peer (and during the cool-down after).
	pub stake: Balance,
	/// The epoch it joined in; eligibility counts whole epochs from there.
	pub joined_epoch: Epoch,
}

/// One entry of a submission: the score a submitter gives the peer with `uid`.
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
pub struct PeerScore {
	/// The scored peer.
	pub uid: Uid,
	/// Its score, `1..=10_000`.
	pub score: Score,
}

/// A peer's scores of one epoch, as stored: the entries sorted by uid, tagged with the epoch
/// they are for (a row of an older epoch is stale and ignored, never cleared in bulk).
#[derive(
	CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, Encode, Decode, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxEntries))]
#[codec(mel_bound())]
pub struct ScoreRow<MaxEntries: Get<u32>> {
	/// The epoch the scores are for.
	pub epoch: Epoch,
	/// The scores, strictly increasing by uid.
	pub scores: BoundedVec<PeerScore, MaxEntries>,
}

/// Who took part in a model's epoch: one bit per uid, so a submission checks and records its
/// sender in O(1) and consensus reads exactly the rows submitted.
#[derive(
	CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, Encode, Decode, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxBytes))]
#[codec(mel_bound())]
pub struct Participation<MaxBytes: Get<u32>> {
	/// The epoch the bits are for (older bits read as empty).
	pub epoch: Epoch,
	/// Uids that submitted scores.
	pub submitted: UidSet<MaxBytes>,
	/// Uids that unconfirmed.
	pub unconfirmed: UidSet<MaxBytes>,
	/// The entries of the submitted rows, in all (what consensus will score).
	pub entries: u32,
}

impl<MaxBytes: Get<u32>> Participation<MaxBytes> {
	/// No participant in `epoch`.
	pub fn empty(epoch: Epoch) -> Self {
		Self { epoch, submitted: UidSet::default(), unconfirmed: UidSet::default(), entries: 0 }
	}
}

/// A set of uids, one bit each (bit `u % 8` of byte `u / 8`), at most `MaxBytes` bytes.
#[derive(
	CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, Encode, Decode, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxBytes))]
#[codec(mel_bound())]
pub struct UidSet<MaxBytes: Get<u32>>(pub BoundedVec<u8, MaxBytes>);

impl<MaxBytes: Get<u32>> Default for UidSet<MaxBytes> {
	fn default() -> Self {
		Self(BoundedVec::default())
	}
}

impl<MaxBytes: Get<u32>> UidSet<MaxBytes> {
	/// Whether `uid` is in the set.
	pub fn contains(&self, uid: Uid) -> bool {
		let byte = self.0.get(usize::from(uid / 8)).copied().unwrap_or(0);
		byte & (1u8 << (uid % 8)) != 0
	}

	/// Adds `uid`; fails if its byte is beyond `MaxBytes`.
	pub fn insert(&mut self, uid: Uid) -> Result<(), CapacityExceeded> {
		let index = usize::from(uid / 8);
		while self.0.len() <= index {
			self.0.try_push(0).map_err(|_| CapacityExceeded)?;
		}
		let byte = self.0.get_mut(index).ok_or(CapacityExceeded)?;
		*byte |= 1u8 << (uid % 8);
		Ok(())
	}

	/// Removes `uid` (nothing if absent).
	pub fn remove(&mut self, uid: Uid) {
		if let Some(byte) = self.0.get_mut(usize::from(uid / 8)) {
			*byte &= !(1u8 << (uid % 8));
		}
	}

	/// The uids in the set, ascending.
	pub fn iter(&self) -> impl Iterator<Item = Uid> + '_ {
		self.0.iter().enumerate().flat_map(|(index, byte)| {
			(0..8u16)
				.filter(move |bit| byte & (1u8 << bit) != 0)
				.map(move |bit| (index as u16).saturating_mul(8).saturating_add(bit))
		})
	}

	/// The number of uids in the set.
	pub fn len(&self) -> u32 {
		self.0.iter().map(|byte| byte.count_ones()).sum()
	}

	/// Whether the set is empty.
	pub fn is_empty(&self) -> bool {
		self.0.iter().all(|byte| *byte == 0)
	}
}

/// What the consensus step still has to do for one peer after forming a model's epoch (or
/// after a skipped one): its penalty count and honest streak, slashes, and its removal. Queued
/// in [`crate::PendingEffects`] and applied in bounded, benchmarked batches.
#[derive(Clone, Copy, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Effect {
	/// The peer.
	pub uid: Uid,
	/// Penalties it got this epoch.
	pub penalties: u16,
	/// Whether it submitted scores (with no penalty: an honest epoch).
	pub submitted: bool,
	/// Whether and why it leaves the model.
	pub removal: Option<RemovalReason>,
}

/// Rewards credited to a peer and not claimed yet: in the native token (from the reward pot)
/// and in the payment asset (from the model's funding account).
#[derive(Clone, Copy, Default, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Owed<Balance, Payment> {
	/// Native tokens, reserved in the reward pot.
	pub native: Balance,
	/// Payment asset, held by the model's funding account.
	pub payment: Payment,
}

impl<Balance: Zero, Payment: Zero> Owed<Balance, Payment> {
	/// Whether nothing is owed.
	pub fn is_empty(&self) -> bool {
		self.native.is_zero() && self.payment.is_zero()
	}
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
	/// The previous epoch's consensus step ran into this epoch's submission window
	/// ([`crate::CutShortEpoch`]); nobody is penalised and no model error is counted.
	WindowCutShort,
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
	Ord,
	PartialOrd,
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

/// A peer's result in a model's latest formed epoch: one entry of the metagraph.
#[derive(Clone, Copy, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct PeerResult<Balance> {
	/// The consensus score (interquartile-filtered average), if the peer was in consensus
	/// and scored.
	pub score: Option<Score>,
	/// Whether the peer was in consensus.
	pub in_consensus: bool,
	/// Penalties the peer got in that epoch.
	pub penalties: u16,
	/// The native reward credited to it for that epoch.
	pub reward: Balance,
}

/// A model's metagraph: the result of its latest formed epoch, indexed by uid (`None`: no
/// peer under that uid was evaluated). One storage item per model.
#[derive(Encode, Decode, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(MaxPeers))]
#[codec(mel_bound(Balance: MaxEncodedLen))]
pub struct Metagraph<Balance, MaxPeers: Get<u32>> {
	/// The epoch the results are for.
	pub epoch: Epoch,
	/// The results by uid.
	pub results: BoundedVec<Option<PeerResult<Balance>>, MaxPeers>,
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
	/// The model being closed.
	pub next_model: ModelId,
	/// What is left of it.
	pub stage: ConsensusStage,
}

/// The stages of closing one model's epoch.
#[derive(Clone, Copy, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub enum ConsensusStage {
	/// Forming (or skipping) its consensus, which queues the effects.
	Form,
	/// Applying the queued effects, a batch per block.
	Effects,
}

/// A peer and its latest result, as the runtime API returns it.
#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo)]
pub struct PeerView<AccountId, Balance, Payment> {
	/// Its uid in the model (what submissions score it by).
	pub uid: Uid,
	/// The peer's account.
	pub account: AccountId,
	/// The peer's network identity.
	pub peer_id: alloc::vec::Vec<u8>,
	/// Its stake.
	pub stake: Balance,
	/// The epoch it joined in.
	pub joined_epoch: Epoch,
	/// Its latest consensus result, if it has been evaluated since it joined: the epoch and
	/// the result.
	pub result: Option<(Epoch, PeerResult<Balance>)>,
	/// Rewards credited and not claimed yet.
	pub unclaimed: Owed<Balance, Payment>,
	/// Whether it is to leave the model at its next consensus step (its account went over
	/// `MaxAccountPenaltyCount`).
	pub leaving: bool,
}

/// Whether an account took part in a model's current epoch, as the runtime API returns it.
#[derive(Clone, Copy, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, Default)]
pub struct ParticipationView {
	/// It submitted scores.
	pub submitted: bool,
	/// It unconfirmed.
	pub unconfirmed: bool,
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
