//! Forming consensus at the epoch boundary: participation checks, out-of-consensus peers, the
//! interquartile filter, penalties, removals, rewards and the stored results.
//!
//! ## The rules, for each model and the epoch `e` being closed
//! 1. **Skip** (with `ModelSkipped`) every model in an epoch whose submission window the
//!    previous epoch's step ran into ([`CutShortEpoch`]: refused submissions are not
//!    absences); a model that is not mature; whose participation
//!    (distinct submitters or unconfirmers over peers eligible to submit) is below
//!    `ModelPeerConsensusSubmitPercentRequirement` (a model error); where at least
//!    `ModelConsensusUnconfirmedThreshold` of the participants unconfirmed (no penalties); or
//!    whose submitters alone are below the requirement (a model error).
//! 2. A peer P is **out of consensus** if more than `PeerRemovalThreshold` of the submitters left
//!    it out. P is removed, and each submitter that scored P is penalised. Otherwise P is in
//!    consensus and each submitter that left P out is penalised.
//! 3. P's **consensus score** is the integer average of its scores after the interquartile filter
//!    ([`crate::math`]).
//! 4. A submitter whose score for P deviates from P's consensus score by more than
//!    `MaximumOutlierDeltaPercent` of it is penalised (an exact match never is).
//! 5. An eligible peer that neither submitted nor unconfirmed is penalised (absent).
//! 6. A submitter penalised for at least `PeerAgainstConsensusRemovalThreshold` of the evaluated
//!    peers is removed from the model. The results (rule 8) and the rewards (rule 7) are
//!    written now; what happens to each peer's account is queued ([`PendingEffects`], see
//!    [`crate::effects`]): each penalty slashes `PenaltySlash` of the stake; an account whose
//!    penalty count goes over `MaxAccountPenaltyCount` is removed from the model, and from each
//!    of its other models at that model's next consensus step (it cannot submit anywhere
//!    meanwhile); a submitter with no penalty has an honest epoch, and `PenaltyDecayEpochs` of
//!    them in a row forgive one penalty; every removal by consensus slashes `RemovalSlash` of
//!    the stake left.
//! 7. At most `EpochReward` of the reward pot's free part is credited to the in-consensus
//!    submitters not removed by rules 2 and 6 (nor leaving for their penalty count), in
//!    proportion to their consensus scores, and each funding's share of the epoch likewise;
//!    the peers claim them ([`crate::rewards`]). A peer removed for its penalty count by this
//!    epoch's effects keeps what this epoch credited it.
//! 8. Each evaluated peer's result (in or out of consensus) goes into the model's
//!    [`Metagraphs`] entry, replacing the previous epoch's; `ConsensusFormed` summarises it.
//!
//! The work is O(E + P + S) in memory for E entries in S rows over P uids (the entries
//! bucketed into `u16` columns once, one column buffer reused for every peer's filter) and
//! O(S) storage reads: the submitted rows, found by the epoch's participation bits, plus a
//! constant number of items. Its weight is benchmarked in two linear parts:
//! `form_consensus(p)` (the model's items, P uids and as many one-entry rows) and
//! `score_entries(c)` (reading and scoring `c` columns of `MaxModelPeers` entries); see
//! [`Pallet::formation_weight`].

use crate::{math, pallet::*, types::*, weights::WeightInfo};
use alloc::{vec, vec::Vec};
use frame_support::{pallet_prelude::*, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{BlakeTwo256, Hash, Saturating, Zero},
	Percent, SaturatedConversion,
};

/// `part / whole >= pct` without rounding (false for an empty `whole`).
pub(crate) fn at_least(part: u32, whole: u32, pct: Percent) -> bool {
	whole > 0
		&& u64::from(part).saturating_mul(100)
			>= u64::from(pct.deconstruct()).saturating_mul(u64::from(whole))
}

/// `part / whole > pct` without rounding (false for an empty `whole`).
pub(crate) fn more_than(part: u32, whole: u32, pct: Percent) -> bool {
	whole > 0
		&& u64::from(part).saturating_mul(100)
			> u64::from(pct.deconstruct()).saturating_mul(u64::from(whole))
}

/// One model's epoch as consensus sees it: per uid, whether it is evaluated, and the rows of
/// the eligible submitters.
pub struct EpochInput<'a> {
	/// Per uid (the roster's length): whether the peer under it is evaluated.
	pub evaluated: &'a [bool],
	/// The submitters' uids and rows (entries sorted by uid), in uid order.
	pub rows: &'a [(Uid, &'a [PeerScore])],
	/// Eligible peers that neither submitted nor unconfirmed.
	pub absent: &'a [Uid],
	/// `PeerRemovalThreshold`.
	pub removal_threshold: Percent,
	/// `MaximumOutlierDeltaPercent`.
	pub max_outlier_delta: u32,
}

/// What rules 2 to 5 decide, per uid.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Evaluation {
	/// Penalties per uid.
	pub penalties: Vec<u16>,
	/// Per uid: for how many evaluated peers it was penalised as a submitter.
	pub against: Vec<u32>,
	/// Per uid: out of consensus.
	pub out: Vec<bool>,
	/// Per uid: the consensus score of an in-consensus peer.
	pub scores: Vec<Option<Score>>,
}

/// Rules 2 to 5, sparse: who is out of consensus, the consensus scores and every penalty.
/// Pure; O(E + P + S) for E entries, P uids and S rows (plus the filter's sort of each
/// column): the entries are bucketed by uid into columns once, and a submitter's omissions of
/// in-consensus peers are counted from its row instead of being looked for in every column.
pub fn evaluate(input: &EpochInput) -> Evaluation {
	let peers = input.evaluated.len();
	let submitters = input.rows.len();
	let is_evaluated = |uid: Uid| input.evaluated.get(usize::from(uid)).copied().unwrap_or(false);
	// Columns by counting sort: `starts[j]..starts[j + 1]` are uid j's (row index, score).
	let mut starts = vec![0usize; peers.saturating_add(1)];
	for (_, row) in input.rows {
		for entry in row.iter().filter(|e| is_evaluated(e.uid)) {
			if let Some(count) = starts.get_mut(usize::from(entry.uid).saturating_add(1)) {
				*count = count.saturating_add(1);
			}
		}
	}
	for j in 0..peers {
		let before = starts.get(j).copied().unwrap_or(0);
		if let Some(next) = starts.get_mut(j.saturating_add(1)) {
			*next = next.saturating_add(before);
		}
	}
	let total = starts.last().copied().unwrap_or(0);
	let mut cells: Vec<(u32, Score)> = vec![(0, 0); total];
	let mut fill = starts.clone();
	for (i, (_, row)) in input.rows.iter().enumerate() {
		for entry in row.iter().filter(|e| is_evaluated(e.uid)) {
			if let Some(at) = fill.get_mut(usize::from(entry.uid)) {
				if let Some(cell) = cells.get_mut(*at) {
					*cell = (i as u32, entry.score);
				}
				*at = at.saturating_add(1);
			}
		}
	}

	let mut result = Evaluation {
		penalties: vec![0; peers],
		against: vec![0; peers],
		out: vec![false; peers],
		scores: vec![None; peers],
	};
	// Penalties a submitter (by row index) gets as a submitter, counted per row first.
	let mut row_penalties = vec![0u32; submitters];
	let mut column: Vec<Score> = Vec::with_capacity(submitters);
	let mut in_consensus = 0u32;
	let all = submitters as u32;
	for j in 0..peers {
		if !input.evaluated.get(j).copied().unwrap_or(false) {
			continue;
		}
		let (from, to) =
			(starts.get(j).copied().unwrap_or(0), starts.get(j + 1).copied().unwrap_or(0));
		let Some(entries) = cells.get(from..to) else { continue };
		let scored = entries.len() as u32;
		if more_than(all.saturating_sub(scored), all, input.removal_threshold) {
			// Rule 2: out of consensus; each submitter that scored it is penalised.
			if let Some(flag) = result.out.get_mut(j) {
				*flag = true;
			}
			for (i, _) in entries {
				if let Some(p) = row_penalties.get_mut(*i as usize) {
					*p = p.saturating_add(1);
				}
			}
			continue;
		}
		in_consensus = in_consensus.saturating_add(1);
		column.clear();
		column.extend(entries.iter().map(|(_, score)| *score));
		let consensus = math::consensus_score(&mut column);
		if let Some(consensus) = consensus {
			for (i, score) in entries {
				if math::deviates(*score, consensus, input.max_outlier_delta) {
					if let Some(p) = row_penalties.get_mut(*i as usize) {
						*p = p.saturating_add(1);
					}
				}
			}
		}
		if let Some(slot) = result.scores.get_mut(j) {
			*slot = consensus;
		}
	}
	// Rule 2, the other side: each in-consensus peer a submitter left out.
	for (i, (uid, row)) in input.rows.iter().enumerate() {
		let scored_in = row
			.iter()
			.filter(|e| {
				is_evaluated(e.uid) && !result.out.get(usize::from(e.uid)).copied().unwrap_or(true)
			})
			.count() as u32;
		let omitted = in_consensus.saturating_sub(scored_in);
		let count = row_penalties.get(i).copied().unwrap_or(0).saturating_add(omitted);
		let index = usize::from(*uid);
		if let Some(p) = result.penalties.get_mut(index) {
			*p = p.saturating_add(u16::try_from(count).unwrap_or(u16::MAX));
		}
		if let Some(a) = result.against.get_mut(index) {
			*a = a.saturating_add(count);
		}
	}
	for uid in input.absent {
		if let Some(p) = result.penalties.get_mut(usize::from(*uid)) {
			*p = p.saturating_add(1);
		}
	}
	result
}

impl<T: Config> Pallet<T> {
	/// The consensus step: at the first block of an epoch, start closing the previous epoch;
	/// form models' consensus and apply their effects until `MaxConsensusWeight` is used (at
	/// least one unit of work per block), and keep a cursor for the rest. Returns the weight
	/// used: the sum of the benchmarked weights of what it did.
	pub(crate) fn on_epoch_block(now: BlockNumberFor<T>) -> Weight {
		let mut weight = T::DbWeight::get().reads(1);
		let length = T::EpochLength::get();
		let mut progress = match ConsensusCursor::<T>::get() {
			Some(progress) => progress,
			None => {
				if now.is_zero() || length.is_zero() || !(now % length).is_zero() {
					return weight;
				}
				ConsensusProgress {
					epoch: Self::epoch_of(now).saturating_sub(1),
					next_model: 0,
					stage: ConsensusStage::Form,
				}
			},
		};

		let models = NextModelId::<T>::get();
		let cut_short = CutShortEpoch::<T>::get() == Some(progress.epoch);
		weight.saturating_accrue(T::DbWeight::get().reads_writes(2, 1));
		let budget = T::MaxConsensusWeight::get();
		let mut worked = false;
		while progress.next_model < models {
			let model = progress.next_model;
			match progress.stage {
				ConsensusStage::Form => {
					let cost = Self::model_consensus_weight(model);
					if worked && weight.saturating_add(cost).any_gt(budget) {
						break;
					}
					Self::form_model_consensus(model, progress.epoch, cut_short);
					weight.saturating_accrue(cost);
					worked = true;
					progress.stage = ConsensusStage::Effects;
				},
				ConsensusStage::Effects => {
					let room = budget.saturating_sub(weight);
					let (used, done) = Self::apply_effects(model, progress.epoch, room, !worked);
					weight.saturating_accrue(used);
					worked = true;
					if !done {
						break;
					}
					progress.next_model = progress.next_model.saturating_add(1);
					progress.stage = ConsensusStage::Form;
				},
			}
		}

		if progress.next_model >= models {
			ConsensusCursor::<T>::kill();
			if Self::step_cut_into_submissions(now, progress.epoch) {
				CutShortEpoch::<T>::put(Self::epoch_of(now));
				weight.saturating_accrue(T::DbWeight::get().writes(1));
			}
		} else {
			ConsensusCursor::<T>::put(progress);
		}
		weight
	}

	/// Whether the step closing `epoch`, ending in block `now`, refused submissions that the
	/// current epoch's window would have taken: `now` is past the first block of the window
	/// (submissions are taken from `now` on), or in a later epoch than the next.
	pub(crate) fn step_cut_into_submissions(now: BlockNumberFor<T>, epoch: Epoch) -> bool {
		let length = T::EpochLength::get();
		if length.is_zero() {
			return false;
		}
		Self::epoch_of(now) > epoch.saturating_add(1) || now % length > T::PeerChangeWindow::get()
	}

	/// The benchmarked weight of forming `model`'s consensus with its current uids,
	/// submitters, entries and fundings (the reads this estimate makes included).
	pub fn model_consensus_weight(model: ModelId) -> Weight {
		let uids = Models::<T>::get(model).map(|m| m.uids).unwrap_or_default();
		let (submitters, entries) = Participants::<T>::get(model)
			.map(|p| (p.submitted.len(), p.entries))
			.unwrap_or((0, 0));
		let fundings = ModelFundings::<T>::decode_len(model).unwrap_or(0) as u32;
		Self::formation_weight(uids, submitters.min(uids), entries, fundings)
			.saturating_add(T::DbWeight::get().reads(3))
	}

	/// The benchmarked weight of forming consensus for a model of `uids` uids with
	/// `submitters` rows of `entries` entries in all and `fundings` fundings: the model's part
	/// (`form_consensus`, measured with every uid submitting a one-entry row, so at least the
	/// cost of any `submitters <= uids`, the rows' reads included), the entries in whole
	/// columns of `MaxModelPeers` entries (`score_entries`' cost per column: its fixed part is
	/// the reading of `MaxModelPeers` rows, which `form_consensus` already charges per row) and
	/// each funding's credit (`credit_funding`). Each benchmark is linear in its component, so
	/// the fitted weights hold over the whole range.
	pub fn formation_weight(uids: u32, submitters: u32, entries: u32, fundings: u32) -> Weight {
		let columns = entries.div_ceil(T::MaxModelPeers::get().max(1));
		let per_columns =
			T::WeightInfo::score_entries(columns).saturating_sub(T::WeightInfo::score_entries(0));
		T::WeightInfo::form_consensus(uids.max(submitters))
			.saturating_add(per_columns)
			.saturating_add(T::WeightInfo::credit_funding(uids).saturating_mul(fundings.into()))
	}

	/// Forms (or skips) `model`'s consensus for `epoch`: writes its results and rewards and
	/// queues the effects on its peers. Never fails: every path ends in `ConsensusFormed` or
	/// `ModelSkipped`. An epoch whose submission window the previous step `cut_short`
	/// ([`CutShortEpoch`]) is skipped.
	pub(crate) fn form_model_consensus(model: ModelId, epoch: Epoch, cut_short: bool) {
		let Some(mut info) = Models::<T>::get(model) else { return };
		let roster = Roster::<T>::get(model);
		let participation = Self::participation(model, epoch);
		let leaving = Leaving::<T>::take(model);

		let peers = roster.len();
		let mut evaluated = vec![false; peers];
		let mut eligible = vec![false; peers];
		for (uid, slot) in roster.iter().enumerate() {
			if let Some(joined) = slot {
				if let Some(flag) = evaluated.get_mut(uid) {
					*flag = Self::is_evaluated_at(*joined, epoch);
				}
				if let Some(flag) = eligible.get_mut(uid) {
					*flag = Self::may_submit_at(*joined, epoch);
				}
			}
		}
		let is_eligible = |uid: Uid| eligible.get(usize::from(uid)).copied().unwrap_or(false);
		let submitted: Vec<Uid> =
			participation.submitted.iter().filter(|u| is_eligible(*u)).collect();
		let unconfirmed =
			participation.unconfirmed.iter().filter(|u| is_eligible(*u)).count() as u32;
		let participants = (0..peers)
			.filter_map(|uid| Uid::try_from(uid).ok())
			.filter(|uid| {
				is_eligible(*uid)
					&& (participation.submitted.contains(*uid)
						|| participation.unconfirmed.contains(*uid))
			})
			.count() as u32;
		let eligible_count = eligible.iter().filter(|e| **e).count() as u32;
		let submitters = submitted.len() as u32;
		let requirement = T::ModelPeerConsensusSubmitPercentRequirement::get();

		let skip = if cut_short {
			Some(SkipReason::WindowCutShort)
		} else if !Self::model_is_mature(info.registered_epoch, epoch, eligible_count) {
			Some(SkipReason::NotMature)
		} else if !at_least(participants, eligible_count, requirement) {
			Some(SkipReason::LowParticipation)
		} else if at_least(unconfirmed, participants, T::ModelConsensusUnconfirmedThreshold::get())
		{
			Some(SkipReason::Unconfirmed)
		} else if !at_least(submitters, eligible_count, requirement) {
			Some(SkipReason::LowSubmissions)
		} else {
			None
		};
		if let Some(reason) = skip {
			if matches!(reason, SkipReason::LowParticipation | SkipReason::LowSubmissions) {
				info.errors = info.errors.saturating_add(1);
				Models::<T>::insert(model, info);
			}
			let effects = leaving.iter().map(|uid| Effect {
				uid,
				penalties: 0,
				submitted: false,
				removal: Some(RemovalReason::TooManyPenalties),
			});
			PendingEffects::<T>::insert(model, BoundedVec::truncate_from(effects.collect()));
			ModelOutcomes::<T>::insert(model, (epoch, EpochOutcome::Skipped(reason)));
			Self::deposit_event(Event::ModelSkipped { model, epoch, reason });
			return;
		}

		let rows = Self::read_rows(model, epoch, &submitted);
		let row_refs: Vec<(Uid, &[PeerScore])> =
			rows.iter().map(|(uid, row)| (*uid, row.scores.as_slice())).collect();
		let absent: Vec<Uid> = (0..peers)
			.filter_map(|uid| Uid::try_from(uid).ok())
			.filter(|uid| {
				is_eligible(*uid)
					&& !participation.submitted.contains(*uid)
					&& !participation.unconfirmed.contains(*uid)
			})
			.collect();
		let evaluation = evaluate(&EpochInput {
			evaluated: &evaluated,
			rows: &row_refs,
			absent: &absent,
			removal_threshold: T::PeerRemovalThreshold::get(),
			max_outlier_delta: T::MaximumOutlierDeltaPercent::get(),
		});
		Self::apply_evaluation(model, epoch, &evaluated, &row_refs, &leaving, evaluation);
	}

	/// The rows `submitted` (uids, ascending) sent for `model`'s `epoch`.
	pub(crate) fn read_rows(
		model: ModelId,
		epoch: Epoch,
		submitted: &[Uid],
	) -> Vec<(Uid, RowOf<T>)> {
		submitted
			.iter()
			.filter_map(|uid| {
				Submissions::<T>::get(model, uid)
					.filter(|row| row.epoch == epoch)
					.map(|row| (*uid, row))
			})
			.collect()
	}

	/// Rules 6 to 8: removals by consensus, rewards, results, and the queue of effects.
	fn apply_evaluation(
		model: ModelId,
		epoch: Epoch,
		evaluated: &[bool],
		rows: &[(Uid, &[PeerScore])],
		leaving: &UidSetOf<T>,
		evaluation: Evaluation,
	) {
		let Evaluation { penalties, against, out, scores } = evaluation;
		let peers = evaluated.len();
		let evaluated_count = evaluated.iter().filter(|e| **e).count() as u32;
		let mut submitted = vec![false; peers];
		for (uid, _) in rows {
			if let Some(flag) = submitted.get_mut(usize::from(*uid)) {
				*flag = true;
			}
		}

		// Removals: out of consensus, against consensus, over the penalty limit.
		let against_threshold = T::PeerAgainstConsensusRemovalThreshold::get();
		let removal = |uid: usize| -> Option<RemovalReason> {
			if out.get(uid).copied().unwrap_or(false) {
				Some(RemovalReason::OutOfConsensus)
			} else if submitted.get(uid).copied().unwrap_or(false)
				&& at_least(
					against.get(uid).copied().unwrap_or(0),
					evaluated_count,
					against_threshold,
				) {
				Some(RemovalReason::AgainstConsensus)
			} else if Uid::try_from(uid).is_ok_and(|u| leaving.contains(u)) {
				Some(RemovalReason::TooManyPenalties)
			} else {
				None
			}
		};

		// Rewards: in-consensus submitters with a score, not removed.
		let rewarded: Vec<(Uid, Score)> = (0..peers)
			.filter(|uid| submitted.get(*uid).copied().unwrap_or(false) && removal(*uid).is_none())
			.filter_map(|uid| {
				let score = scores.get(uid).copied().flatten()?;
				Some((Uid::try_from(uid).ok()?, score))
			})
			.collect();
		let mut unclaimed = UnclaimedRewards::<T>::get(model).into_inner();
		unclaimed.resize(peers.max(unclaimed.len()), Default::default());
		let mut rewards = vec![BalanceOf::<T>::zero(); peers];
		let total_reward: u128 = Self::epoch_reward().saturated_into();
		if total_reward == 0 && !rewarded.is_empty() {
			Self::deposit_event(Event::RewardPotEmpty { model, epoch });
		}
		let weights: Vec<Score> = rewarded.iter().map(|(_, score)| *score).collect();
		let mut credited = BalanceOf::<T>::zero();
		for ((uid, _), share) in rewarded.iter().zip(math::split_reward(total_reward, &weights)) {
			let share: BalanceOf<T> = share.saturated_into();
			if let (Some(owed), Some(reward)) =
				(unclaimed.get_mut(usize::from(*uid)), rewards.get_mut(usize::from(*uid)))
			{
				owed.native = owed.native.saturating_add(share);
				*reward = share;
				credited = credited.saturating_add(share);
			}
		}
		RewardsOwed::<T>::mutate(|owed| *owed = owed.saturating_add(credited));
		Self::credit_fundings(model, epoch, &rewarded, &mut unclaimed);
		UnclaimedRewards::<T>::insert(model, BoundedVec::truncate_from(unclaimed));

		// Results, one entry per uid.
		let results: Vec<Option<PeerResult<BalanceOf<T>>>> = (0..peers)
			.map(|uid| {
				evaluated.get(uid).copied().unwrap_or(false).then(|| PeerResult {
					score: scores.get(uid).copied().flatten(),
					in_consensus: !out.get(uid).copied().unwrap_or(false),
					penalties: penalties.get(uid).copied().unwrap_or(0),
					reward: rewards.get(uid).copied().unwrap_or_else(Zero::zero),
				})
			})
			.collect();
		let metagraph = Metagraph { epoch, results: BoundedVec::truncate_from(results) };
		let results_hash = BlakeTwo256::hash(&metagraph.results.encode()).0;

		// The effects on the peers, in uid order.
		let mut removals = 0u32;
		let mut penalty_total = 0u32;
		let effects: Vec<Effect> = (0..peers)
			.filter_map(|uid| {
				let penalties = penalties.get(uid).copied().unwrap_or(0);
				let submitted = submitted.get(uid).copied().unwrap_or(false);
				let removal = removal(uid);
				if penalties == 0 && !submitted && removal.is_none() {
					return None;
				}
				penalty_total = penalty_total.saturating_add(u32::from(penalties));
				if removal.is_some() {
					removals = removals.saturating_add(1);
				}
				Some(Effect { uid: Uid::try_from(uid).ok()?, penalties, submitted, removal })
			})
			.collect();
		PendingEffects::<T>::insert(model, BoundedVec::truncate_from(effects));

		Metagraphs::<T>::insert(model, metagraph);
		ModelOutcomes::<T>::insert(model, (epoch, EpochOutcome::Formed));
		Self::deposit_event(Event::ConsensusFormed {
			model,
			epoch,
			evaluated: evaluated_count,
			in_consensus: scores.iter().filter(|s| s.is_some()).count() as u32,
			submitters: rows.len() as u32,
			penalties: penalty_total,
			removals,
			reward: credited,
			results_hash,
		});
	}

	/// Panics (in `integrity_test`) on an inconsistent configuration.
	pub(crate) fn check_config() {
		assert!(!T::EpochLength::get().is_zero(), "EpochLength must be at least 1");
		assert!(!T::PeerChangeWindow::get().is_zero(), "PeerChangeWindow must be at least 1");
		assert!(
			T::PeerChangeWindow::get() < T::EpochLength::get(),
			"PeerChangeWindow must leave a submission window in each epoch"
		);
		assert!(T::MaxModelPeers::get() >= 1, "MaxModelPeers must be at least 1");
		assert!(
			T::MaxModelPeers::get() <= u32::from(Uid::MAX) + 1,
			"MaxModelPeers must fit in u16 uids"
		);
		assert!(
			(1..=T::MaxModelPeers::get()).contains(&T::MinModelPeers::get()),
			"MinModelPeers must be in 1..=MaxModelPeers"
		);
		assert!(
			T::MinRequiredPeerConsensusInclusionEpochs::get()
				<= T::MinRequiredPeerConsensusSubmitEpochs::get(),
			"every peer that may submit must also be evaluated"
		);
		assert!(
			T::MinRequiredPeerConsensusSubmitEpochs::get() < MAX_MATURITY_EPOCHS,
			"MinRequiredPeerConsensusSubmitEpochs must be below MAX_MATURITY_EPOCHS"
		);
		assert!(
			T::PeerRemovalThreshold::get() < Percent::one(),
			"PeerRemovalThreshold must be below 100% (a peer nobody scored is out)"
		);
		assert!(
			!T::ModelPeerConsensusSubmitPercentRequirement::get().is_zero(),
			"the participation requirement must be above 0%"
		);
		assert!(
			!T::ModelConsensusUnconfirmedThreshold::get().is_zero(),
			"the unconfirm threshold must be above 0%"
		);
		assert!(
			!T::PeerAgainstConsensusRemovalThreshold::get().is_zero(),
			"the against-consensus threshold must be above 0%"
		);
		assert!(T::PenaltyDecayEpochs::get() >= 1, "PenaltyDecayEpochs must be at least 1");
		assert!(!T::MinStake::get().is_zero(), "MinStake must be above 0");
		let peers = T::MaxModelPeers::get();
		let worst = Self::formation_weight(
			peers,
			peers,
			peers.saturating_mul(peers),
			T::MaxFundingsPerModel::get(),
		);
		assert!(
			worst.all_lte(T::MaxConsensusWeight::get()),
			"one model's worst-case consensus must fit in MaxConsensusWeight"
		);
		let effect = T::WeightInfo::apply_penalty_effect()
			.max(T::WeightInfo::apply_removal_effect())
			.max(T::WeightInfo::apply_honest_effect());
		assert!(
			effect.all_lte(T::MaxConsensusWeight::get()),
			"one effect must fit in MaxConsensusWeight"
		);
	}
}
