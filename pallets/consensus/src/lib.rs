//! # pallet-consensus
//!
//! Peers host AI models and score each other every epoch. At each epoch boundary,
//! `on_initialize` forms consensus per model: it filters outlier scores with an interquartile
//! rule, averages the rest into each peer's consensus score, penalises peers that disagree with
//! consensus or stay silent, removes peers that go too far, pays the honest ones and keeps the
//! results on chain ([`ConsensusResults`], the "metagraph"), readable by anyone.
//!
//! ## Epochs
//! Block `b` is in epoch `b / EpochLength`. The first `PeerChangeWindow` blocks of an epoch are
//! the *peer window*: peers join and leave only then, and nobody submits. The rest of the epoch
//! is the *submission window*. At the first block of epoch `e + 1`, consensus is formed for
//! epoch `e`; if that does not fit in `MaxConsensusWeight`, it continues in the next blocks
//! (and submissions wait until it is done). A model's step is two stages: forming its
//! consensus (one unit, [`Pallet::formation_weight`]), then its queued effects in
//! batches (`apply_effect_*` each). Every block does at least one unit of work, and never more
//! than `MaxConsensusWeight` after the first.
//!
//! ## Calls
//! - [`Pallet::register_model`]: `ModelOrigin` registers a model path.
//! - [`Pallet::add_model_peer`]: join a model as a peer, holding at least `MinStake`.
//! - [`Pallet::remove_model_peer`]: leave a model; the stake cools down.
//! - [`Pallet::release_stake`]: release a cooled-down stake.
//! - [`Pallet::submit_consensus_data`]: a peer's scores for the model's peers (free on success).
//! - [`Pallet::unconfirm_consensus_data`]: a peer reports the model in an error state (free on
//!   success).
//! - [`Pallet::claim_rewards`]: a peer (or former peer) takes the rewards credited to it.
//!
//! ## Layout: uids, rows, one metagraph per model
//! Each peer gets a dense `u16` **uid** in its model when it joins, reused after it leaves
//! ([`Keys`], [`Roster`]); the 64-byte peer id and the account stay in maps that consensus
//! never reads. A submission is a row of `(uid, score)` pairs sorted by uid, stored under the
//! submitter's uid and tagged with its epoch ([`Submissions`]); a bitmap per model
//! ([`Participants`]) records who submitted or unconfirmed, so a submission reads a constant
//! number of items and consensus reads exactly the rows of the epoch. Consensus works on a
//! dense `u16` matrix in memory and writes one [`Metagraph`] per model (score, in-consensus,
//! penalties and reward per uid) and one summary event (`ConsensusFormed`, with a hash of the
//! results). What it decides per peer (penalty counts, slashes, honest streaks, removals) goes
//! into a bounded queue ([`PendingEffects`]) applied in benchmarked batches; rewards are
//! credited ([`UnclaimedRewards`]) and claimed by the peers (pull), so no step of the hook is
//! unbounded.
//!
//! ## Eligibility
//! Ages are whole epochs: a peer that joined in epoch `j` has age `e − j` in epoch `e`.
//! - A peer is *evaluated* (others must score it) from age
//!   `MinRequiredPeerConsensusInclusionEpochs`.
//! - A peer *may submit* (and must, or be penalised as absent) from age
//!   `MinRequiredPeerConsensusSubmitEpochs`.
//! - A model is *mature* from age `MinRequiredModelConsensusSubmitEpochs` with at least
//!   `MinModelPeers` peers that may submit.
//!
//! These rules are written once ([`Pallet::may_submit_at`], [`Pallet::is_evaluated_at`],
//! [`Pallet::model_is_mature`], [`Pallet::ensure_peer_window`], [`Pallet::ensure_not_closing`])
//! and called by the calls, the transaction extension and the consensus step alike. The count
//! of peers that may submit is kept per join epoch in [`Model::maturing`], so no call counts
//! the peers.
//!
//! The consensus rules (participation, out-of-consensus, the interquartile filter, penalties,
//! removals, rewards) are in [`consensus`]; the pure math in [`math`].
//!
//! ## Community funding
//! Communities pay the peers hosting a model with their own money (the payment asset): a
//! funding is recorded by [`Pallet::add_funding`] (pallet-voting's passed `FundModel`, after
//! the pot paid into [`Pallet::funding_account`]) and paid out per formed epoch by the same
//! score split as the native reward; [`Pallet::withdraw_funding`] returns what is left (see
//! `funding.rs`). `ConsensusApi::model_funding` shows which communities fund a model.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod consensus;
mod effects;
mod eligibility;
pub mod extension;
mod funding;
pub mod math;
pub mod migrations;
#[cfg(test)]
mod mock;
mod proptests;
mod registry;
mod rewards;
pub mod runtime_api;
mod submission;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
pub mod types;
pub mod weights;

pub use types::*;
pub use weights::WeightInfo;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::PalletId;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Inspect, InspectHold, Mutate, MutateHold},
			BuildGenesisConfig,
		},
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::{Perbill, Percent};

	/// The balance type of the native currency.
	pub type BalanceOf<T> =
		<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
	/// A peer's network identity.
	pub type PeerIdOf<T> = BoundedVec<u8, <T as Config>::MaxPeerIdLen>;
	/// A model's path.
	pub type PathOf<T> = BoundedVec<u8, <T as Config>::MaxPathLen>;
	/// A submission's entries.
	pub type ScoresOf<T> = BoundedVec<PeerScore, <T as Config>::MaxModelPeers>;
	/// A stored submission.
	pub type RowOf<T> = ScoreRow<<T as Config>::MaxModelPeers>;
	/// A set of a model's uids.
	pub type UidSetOf<T> = UidSet<UidSetBytes<T>>;
	/// Who took part in a model's epoch.
	pub type ParticipationOf<T> = Participation<UidSetBytes<T>>;
	/// A model's results.
	pub type MetagraphOf<T> = Metagraph<BalanceOf<T>, <T as Config>::MaxModelPeers>;
	/// Rewards owed to a peer.
	pub type OwedOf<T> = Owed<BalanceOf<T>, PaymentOf<T>>;
	/// A peer record.
	pub type PeerOf<T> = Peer<BalanceOf<T>, PeerIdOf<T>>;
	/// A model record.
	pub type ModelOf<T> = Model<PathOf<T>>;

	/// The bytes a set of a model's uids takes at most: `MaxModelPeers / 8`, rounded up.
	pub struct UidSetBytes<T>(core::marker::PhantomData<T>);

	impl<T: Config> Get<u32> for UidSetBytes<T> {
		fn get() -> u32 {
			T::MaxModelPeers::get().div_ceil(8)
		}
	}
	/// The balance type of the payment asset (model funding).
	pub type PaymentOf<T> =
		<<T as Config>::PaymentAssets as frame_support::traits::fungibles::Inspect<
			<T as frame_system::Config>::AccountId,
		>>::Balance;
	/// The fundings of one model.
	pub type FundingsOf<T> =
		BoundedVec<ModelFunding<PaymentOf<T>>, <T as Config>::MaxFundingsPerModel>;

	/// The in-code storage version.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Configuration of the pallet. Every parameter is a runtime constant; `integrity_test`
	/// rejects inconsistent combinations.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// The native currency: stakes are held in it, slashed into the reward pot and rewards
		/// paid from there.
		type Currency: InspectHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ MutateHold<Self::AccountId>
			+ Mutate<Self::AccountId>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Who may register models.
		type ModelOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The pallet's id. Its account is the **reward pot**: slashed stakes go there and
		/// rewards are paid from it; nothing is ever minted.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// Part of a peer's stake in a model slashed into the reward pot per penalty it gets
		/// there in an epoch (`n` penalties slash `n` times this part, at most all of it).
		#[pallet::constant]
		type PenaltySlash: Get<Perbill>;

		/// Part of a peer's remaining stake slashed into the reward pot when consensus removes
		/// it from a model (any removal but leaving of its own accord).
		#[pallet::constant]
		type RemovalSlash: Get<Perbill>;

		/// Length of an epoch, in blocks.
		#[pallet::constant]
		type EpochLength: Get<BlockNumberFor<Self>>;

		/// Blocks at the start of each epoch in which peers join and leave and nobody submits.
		#[pallet::constant]
		type PeerChangeWindow: Get<BlockNumberFor<Self>>;

		/// The least stake a peer holds.
		#[pallet::constant]
		type MinStake: Get<BalanceOf<Self>>;

		/// Epochs a stake stays held after its peer left or was removed.
		#[pallet::constant]
		type StakeCooldownEpochs: Get<Epoch>;

		/// Maximum number of models.
		#[pallet::constant]
		type MaxModels: Get<u32>;

		/// Maximum number of peers per model (and entries per submission); at most 65,536
		/// (uids are `u16`).
		#[pallet::constant]
		type MaxModelPeers: Get<u32>;

		/// Maximum length of a model path, in bytes.
		#[pallet::constant]
		type MaxPathLen: Get<u32>;

		/// Maximum length of a peer id, in bytes.
		#[pallet::constant]
		type MaxPeerIdLen: Get<u32>;

		/// Peers eligible to submit that a model needs before consensus is formed for it.
		#[pallet::constant]
		type MinModelPeers: Get<u32>;

		/// Whole epochs a peer must have been in a model before others must score it.
		#[pallet::constant]
		type MinRequiredPeerConsensusInclusionEpochs: Get<Epoch>;

		/// Whole epochs a peer must have been in a model before it may submit.
		#[pallet::constant]
		type MinRequiredPeerConsensusSubmitEpochs: Get<Epoch>;

		/// Whole epochs a model must have been registered before consensus is formed for it.
		#[pallet::constant]
		type MinRequiredModelConsensusSubmitEpochs: Get<Epoch>;

		/// Share of the eligible peers that must take part (submit or unconfirm), and share
		/// that must submit data, for an epoch to be evaluated.
		#[pallet::constant]
		type ModelPeerConsensusSubmitPercentRequirement: Get<Percent>;

		/// Share of the participants whose unconfirms skip the epoch (model in error state).
		#[pallet::constant]
		type ModelConsensusUnconfirmedThreshold: Get<Percent>;

		/// A peer left out by more than this share of the submitters is out of consensus.
		#[pallet::constant]
		type PeerRemovalThreshold: Get<Percent>;

		/// A peer penalised for at least this share of the evaluated peers in one epoch is
		/// removed from the model.
		#[pallet::constant]
		type PeerAgainstConsensusRemovalThreshold: Get<Percent>;

		/// A score further than this many percent of the consensus score from it is an
		/// outlier (and penalised).
		#[pallet::constant]
		type MaximumOutlierDeltaPercent: Get<u32>;

		/// An account whose penalty count exceeds this is removed from all models.
		#[pallet::constant]
		type MaxAccountPenaltyCount: Get<u32>;

		/// Consecutive honest epochs that forgive one penalty.
		#[pallet::constant]
		type PenaltyDecayEpochs: Get<u32>;

		/// The most paid from the reward pot per model and epoch, split among its
		/// in-consensus submitters in proportion to their consensus scores. A pot with less
		/// pays what it has (keeping its existential deposit); an empty one pays nothing.
		#[pallet::constant]
		type EpochReward: Get<BalanceOf<Self>>;

		/// Weight the consensus step may use per block; the rest waits for the next block.
		#[pallet::constant]
		type MaxConsensusWeight: Get<Weight>;

		/// The most free calls (`submit_consensus_data`, `unconfirm_consensus_data`) one block
		/// takes; [`crate::extension::CheckConsensusSubmission`] keeps the rest for later blocks.
		#[pallet::constant]
		type MaxFreeCallsPerBlock: Get<u32>;

		/// The assets pallet holding the payment asset communities fund models with.
		type PaymentAssets: frame_support::traits::fungibles::Mutate<Self::AccountId>;

		/// The payment asset's id.
		#[pallet::constant]
		type PaymentAssetId: Get<
			<Self::PaymentAssets as frame_support::traits::fungibles::Inspect<Self::AccountId>>::AssetId,
		>;

		/// The most communities funding one model at a time (each formed epoch pays each of
		/// them: this bounds the consensus step).
		#[pallet::constant]
		type MaxFundingsPerModel: Get<u32>;

		/// Weight information for the calls and the consensus step of this pallet.
		type WeightInfo: WeightInfo;

		/// Gives accounts the payment asset for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId, PaymentOf<Self>>;
	}

	/// The reasons this pallet holds funds for.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A peer's stake, including while it cools down.
		#[codec(index = 0)]
		PeerStake,
	}

	/// The communities funding each model's peers in the payment asset (at most
	/// `MaxFundingsPerModel`), held by the model's funding account.
	#[pallet::storage]
	pub type ModelFundings<T: Config> =
		StorageMap<_, Twox64Concat, ModelId, FundingsOf<T>, ValueQuery>;

	/// The id the next registered model gets (also the number of models).
	#[pallet::storage]
	pub type NextModelId<T: Config> = StorageValue<_, ModelId, ValueQuery>;

	/// Registered models.
	#[pallet::storage]
	pub type Models<T: Config> = StorageMap<_, Twox64Concat, ModelId, ModelOf<T>>;

	/// Model ids by path.
	#[pallet::storage]
	pub type ModelPaths<T: Config> =
		StorageMap<_, Blake2_128Concat, BoundedVec<u8, T::MaxPathLen>, ModelId>;

	/// Peers by model and account.
	#[pallet::storage]
	pub type Peers<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ModelId, Blake2_128Concat, T::AccountId, PeerOf<T>>;

	/// The account behind each uid of a model (present iff the uid is taken).
	#[pallet::storage]
	pub type Keys<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ModelId, Twox64Concat, Uid, T::AccountId>;

	/// Each model's uids: the join epoch of the peer under each uid, `None` for a free uid
	/// (the next peer to join takes the lowest free one). What consensus reads of the peers.
	#[pallet::storage]
	pub type Roster<T: Config> = StorageMap<
		_,
		Twox64Concat,
		ModelId,
		BoundedVec<Option<Epoch>, T::MaxModelPeers>,
		ValueQuery,
	>;

	/// The account behind each peer id of a model.
	#[pallet::storage]
	pub type PeerAccounts<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ModelId, Blake2_128Concat, PeerIdOf<T>, T::AccountId>;

	/// The models an account is a peer of.
	#[pallet::storage]
	pub type AccountModels<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<ModelId, T::MaxModels>,
		ValueQuery,
	>;

	/// Stakes cooling down, by model and account.
	#[pallet::storage]
	pub type Unbondings<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		ModelId,
		Blake2_128Concat,
		T::AccountId,
		Unbonding<BalanceOf<T>>,
	>;

	/// The latest submission of each uid of a model, tagged with its epoch (a row of an older
	/// epoch is ignored; it is overwritten by the uid's next submission).
	#[pallet::storage]
	pub type Submissions<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ModelId, Twox64Concat, Uid, RowOf<T>>;

	/// Who submitted or unconfirmed in each model's current epoch.
	#[pallet::storage]
	pub type Participants<T: Config> = StorageMap<_, Twox64Concat, ModelId, ParticipationOf<T>>;

	/// Penalties of an account, across models. Decreases by one per `PenaltyDecayEpochs`
	/// consecutive honest epochs.
	#[pallet::storage]
	pub type AccountPenaltyCount<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// Consecutive honest epochs of an account (submitted, no penalty) since its last penalty
	/// or forgiven penalty.
	#[pallet::storage]
	pub type HonestStreak<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// Each model's metagraph: the per-uid results of its latest formed epoch.
	#[pallet::storage]
	pub type Metagraphs<T: Config> = StorageMap<_, Twox64Concat, ModelId, MetagraphOf<T>>;

	/// How each model's latest evaluated epoch ended.
	#[pallet::storage]
	pub type ModelOutcomes<T: Config> = StorageMap<_, Twox64Concat, ModelId, (Epoch, EpochOutcome)>;

	/// What the consensus step still has to apply per peer of a model (at most one entry per
	/// uid), in the order it applies them.
	#[pallet::storage]
	pub type PendingEffects<T: Config> =
		StorageMap<_, Twox64Concat, ModelId, BoundedVec<Effect, T::MaxModelPeers>, ValueQuery>;

	/// The uids of each model whose account went over `MaxAccountPenaltyCount` (in any model):
	/// they leave the model at its next consensus step, and cannot submit meanwhile.
	#[pallet::storage]
	pub type Leaving<T: Config> = StorageMap<_, Twox64Concat, ModelId, UidSetOf<T>, ValueQuery>;

	/// Rewards credited to each uid of a model and not claimed yet (indexed by uid).
	#[pallet::storage]
	pub type UnclaimedRewards<T: Config> =
		StorageMap<_, Twox64Concat, ModelId, BoundedVec<OwedOf<T>, T::MaxModelPeers>, ValueQuery>;

	/// Rewards of peers that left a model before claiming them, by model and account; paid by
	/// `claim_rewards` or when the stake is released.
	#[pallet::storage]
	pub type LeftRewards<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ModelId, Blake2_128Concat, T::AccountId, OwedOf<T>>;

	/// The native rewards credited and not claimed yet, across models: the part of the reward
	/// pot that is no longer free to credit.
	#[pallet::storage]
	pub type RewardsOwed<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// Free calls included in the current block (reset at each block's start).
	#[pallet::storage]
	pub type FreeCallsInBlock<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// Set while the consensus step of an epoch spreads over several blocks.
	#[pallet::storage]
	pub type ConsensusCursor<T: Config> = StorageValue<_, ConsensusProgress>;

	/// The last epoch whose submission window a consensus step cut into (it was still running
	/// after the peer window, or past the epoch's start, and refused the submissions meanwhile).
	/// That epoch is skipped (`SkipReason::WindowCutShort`) at its own step: no peer is
	/// penalised for a submission it could not make.
	#[pallet::storage]
	pub type CutShortEpoch<T: Config> = StorageValue<_, Epoch>;

	/// Models registered at genesis (paths).
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Model paths to register at genesis, in order (ids 0, 1, ...).
		pub models: alloc::vec::Vec<alloc::vec::Vec<u8>>,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for path in &self.models {
				let bounded = PathOf::<T>::try_from(path.clone())
					.unwrap_or_else(|_| panic!("genesis model path {path:?} exceeds MaxPathLen"));
				let result = Pallet::<T>::do_register_model(bounded);
				assert!(result.is_ok(), "genesis model {path:?} registers: {result:?}");
			}
		}
	}

	/// Events of the pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A model was registered.
		ModelRegistered { model: ModelId, path: BoundedVec<u8, T::MaxPathLen> },
		/// A peer joined a model under `uid`, holding `stake`.
		PeerAdded {
			model: ModelId,
			uid: Uid,
			account: T::AccountId,
			peer_id: PeerIdOf<T>,
			stake: BalanceOf<T>,
		},
		/// A peer left a model (its uid is free again); its stake cools down until
		/// `release_epoch`.
		PeerRemoved {
			model: ModelId,
			uid: Uid,
			account: T::AccountId,
			reason: RemovalReason,
			release_epoch: Epoch,
		},
		/// A cooled-down stake was released.
		StakeReleased { model: ModelId, account: T::AccountId, amount: BalanceOf<T> },
		/// A peer submitted scores (`entries` of them).
		ConsensusDataSubmitted { model: ModelId, uid: Uid, epoch: Epoch, entries: u32 },
		/// A peer reported the model in an error state.
		ConsensusDataUnconfirmed { model: ModelId, uid: Uid, epoch: Epoch },
		/// Consensus was formed for a model's epoch: the summary. The per-uid detail is in
		/// [`Metagraphs`], whose encoded results hash (BLAKE2-256) to `results_hash`; the
		/// effects on the peers (`penalties` penalties, `removals` removals so far) are queued.
		ConsensusFormed {
			model: ModelId,
			epoch: Epoch,
			evaluated: u32,
			in_consensus: u32,
			submitters: u32,
			penalties: u32,
			removals: u32,
			reward: BalanceOf<T>,
			results_hash: [u8; 32],
		},
		/// A model's epoch was skipped.
		ModelSkipped { model: ModelId, epoch: Epoch, reason: SkipReason },
		/// A model's queued effects are all applied: `peers` peers, `slashed` moved to the
		/// reward pot, `removed` peers removed.
		EffectsApplied {
			model: ModelId,
			epoch: Epoch,
			peers: u32,
			slashed: BalanceOf<T>,
			removed: u32,
		},
		/// An account's count went down after `PenaltyDecayEpochs` honest epochs.
		PenaltyForgiven { account: T::AccountId, penalties: u32 },
		/// An account exceeded `MaxAccountPenaltyCount`: it leaves each of its models at that
		/// model's next consensus step, and cannot submit meanwhile.
		AccountRemoved { account: T::AccountId, penalties: u32 },
		/// Credited peers were owed a reward but the reward pot had nothing free to pay it.
		RewardPotEmpty { model: ModelId, epoch: Epoch },
		/// A peer (or former peer) claimed its rewards.
		RewardsClaimed {
			model: ModelId,
			account: T::AccountId,
			native: BalanceOf<T>,
			payment: PaymentOf<T>,
		},
		/// `community` funds `model`'s peers with `amount` of the payment asset (added to its
		/// funding, if any), paid over the next `epochs` formed epochs.
		ModelFunded { model: ModelId, community: FunderId, amount: PaymentOf<T>, epochs: u32 },
		/// A formed epoch credited `total` of `community`'s funding to `recipients` peers.
		FundingCredited {
			model: ModelId,
			epoch: Epoch,
			community: FunderId,
			total: PaymentOf<T>,
			recipients: u32,
		},
		/// `community`'s funding of `model` ended and `amount` went back to its pot.
		FundingReturned { model: ModelId, community: FunderId, amount: PaymentOf<T> },
	}

	/// Errors of the pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// The model path is empty.
		InvalidPath,
		/// A model with this path exists.
		ModelExists,
		/// `MaxModels` models exist.
		TooManyModels,
		/// No model with this id.
		UnknownModel,
		/// The peer id is empty.
		InvalidPeerId,
		/// The stake is below `MinStake`.
		StakeTooLow,
		/// The account cannot hold the stake.
		InsufficientBalance,
		/// The account is a peer of this model already.
		AlreadyPeer,
		/// Another peer of the model uses this peer id.
		PeerIdTaken,
		/// The model has `MaxModelPeers` peers.
		TooManyPeers,
		/// The model is funded by `MaxFundingsPerModel` communities already.
		TooManyFundings,
		/// A funding is paid over at least one epoch.
		ZeroFundingEpochs,
		/// A funding must be at least one unit of the payment asset.
		ZeroFundingAmount,
		/// The community does not fund this model.
		NoFunding,
		/// The account's stake for this model is still cooling down.
		StakeCoolingDown,
		/// Peers join and leave only in the first `PeerChangeWindow` blocks of an epoch.
		OutsidePeerWindow,
		/// Nobody submits in the peer window at the start of an epoch.
		InPeerWindow,
		/// The previous epoch's consensus is still being formed.
		ConsensusInProgress,
		/// The caller is not a peer of the model.
		NotModelPeer,
		/// The caller's account has more penalties than `MaxAccountPenaltyCount`.
		TooManyPenalties,
		/// The model is younger than `MinRequiredModelConsensusSubmitEpochs`.
		ModelNotMature,
		/// The caller joined fewer than `MinRequiredPeerConsensusSubmitEpochs` epochs ago.
		PeerNotMature,
		/// The model has fewer than `MinModelPeers` peers eligible to submit.
		NotEnoughEligiblePeers,
		/// The caller submitted this epoch already.
		AlreadySubmitted,
		/// The caller unconfirmed this epoch already.
		AlreadyUnconfirmed,
		/// The submission has no entries.
		EmptyData,
		/// The submission has more entries than the model has peers.
		TooMuchData,
		/// A score is outside `1..=10_000`.
		ScoreOutOfRange,
		/// The entries' uids are not strictly increasing (sort them; no uid twice).
		UnsortedUids,
		/// A uid in the submission was never issued in the model.
		UnknownUid,
		/// Nothing is owed to the caller for this model (or what is cannot be paid yet: a
		/// payment below the asset's minimum balance for an account that holds none).
		NothingToClaim,
		/// No stake of the caller is cooling down for this model.
		NothingToRelease,
		/// A counter would overflow.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// At the first block of an epoch, starts forming consensus for the previous epoch;
		/// continues a consensus step that did not fit in earlier blocks.
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			FreeCallsInBlock::<T>::kill();
			Self::on_epoch_block(now).saturating_add(T::DbWeight::get().writes(1))
		}

		fn integrity_test() {
			Self::check_config();
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register a model under `path`.
		///
		/// - origin: `ModelOrigin` (Root).
		/// - `path`: 1 to `MaxPathLen` bytes (longer ones do not decode), unique.
		///
		/// Emits `ModelRegistered`. Weight: O(1).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_model())]
		pub fn register_model(origin: OriginFor<T>, path: PathOf<T>) -> DispatchResult {
			T::ModelOrigin::ensure_origin(origin)?;
			Self::do_register_model(path).map(|_| ())
		}

		/// Join `model` as the peer `peer_id` (1 to `MaxPeerIdLen` bytes; longer ones do not
		/// decode), holding `stake` (at least `MinStake`). Only in the peer window at the start
		/// of an epoch.
		///
		/// - origin: signed, the peer's account (one peer per model).
		///
		/// Emits `PeerAdded`. Weight: O(1).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::add_model_peer())]
		pub fn add_model_peer(
			origin: OriginFor<T>,
			model: ModelId,
			peer_id: PeerIdOf<T>,
			stake: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_add_peer(model, who, peer_id, stake)
		}

		/// Leave `model`. Only in the peer window; the stake cools down for
		/// `StakeCooldownEpochs`.
		///
		/// - origin: signed, a peer of the model.
		///
		/// Emits `PeerRemoved`. Weight: O(1) (its uid's rewards move to `LeftRewards`).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::remove_model_peer())]
		pub fn remove_model_peer(origin: OriginFor<T>, model: ModelId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::ensure_peer_window()?;
			Self::do_remove_peer(model, &who, RemovalReason::Left).map(|_| ())
		}

		/// Release the caller's stake for `model` once its cool-down is over.
		///
		/// - origin: signed.
		///
		/// Emits `StakeReleased`. Weight: O(1).
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::release_stake())]
		pub fn release_stake(origin: OriginFor<T>, model: ModelId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_release_stake(model, who)
		}

		/// Submit this epoch's scores for the model's peers by uid (see `ConsensusApi`), the
		/// caller's own included. Free: the runtime's `CheckConsensusSubmission` extension
		/// refuses, before any block, a submission this call would reject, so only valid first
		/// submissions get in. Entries for free uids are ignored by consensus.
		///
		/// - origin: signed, a peer of the model that may submit.
		/// - `data`: 1 to (the model's peer count) entries, strictly increasing by uid, each
		///   uid issued in the model, scores in `1..=10_000`.
		///
		/// Emits `ConsensusDataSubmitted`. Weight: O(D), the entries; a constant number of
		/// storage reads.
		#[pallet::call_index(4)]
		#[pallet::weight((
			T::WeightInfo::submit_consensus_data(data.len() as u32),
			DispatchClass::Normal,
			Pays::No
		))]
		pub fn submit_consensus_data(
			origin: OriginFor<T>,
			model: ModelId,
			data: ScoresOf<T>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::do_submit(model, who, data)
		}

		/// Report the model in an error state for this epoch. Free, like
		/// `submit_consensus_data` (the same extension guards it); once per epoch, before or
		/// after submitting.
		///
		/// - origin: signed, a peer of the model that may submit.
		///
		/// Emits `ConsensusDataUnconfirmed`. Weight: O(1).
		#[pallet::call_index(5)]
		#[pallet::weight((
			T::WeightInfo::unconfirm_consensus_data(),
			DispatchClass::Normal,
			Pays::No
		))]
		pub fn unconfirm_consensus_data(
			origin: OriginFor<T>,
			model: ModelId,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::do_unconfirm(model, who)
		}

		/// Take the rewards credited to the caller in `model`: native tokens from the reward
		/// pot and the payment asset from the model's funding account. A former peer claims
		/// what it was owed when it left. A payment the caller's account cannot receive yet
		/// (below the asset's minimum balance) stays owed.
		///
		/// - origin: signed, a peer or former peer of the model.
		///
		/// Emits `RewardsClaimed`. Weight: O(1).
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::claim_rewards())]
		pub fn claim_rewards(origin: OriginFor<T>, model: ModelId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_claim_rewards(model, &who)
		}
	}
}
