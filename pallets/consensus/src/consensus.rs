//! Forming consensus at the epoch boundary: participation checks, out-of-consensus peers, the
//! interquartile filter, penalties, removals, rewards and the stored results.
//!
//! ## The rules, for each model and the epoch `e` being closed
//! 1. **Skip** (with `ModelSkipped`) a model that is not mature; whose participation
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
//! 6. Each penalty slashes `PenaltySlash` of the peer's stake in the model into the reward pot
//!    ([`crate::rewards`]). An account whose penalty count exceeds `MaxAccountPenaltyCount` is
//!    removed from the model, and from each of its other models at that model's next formed
//!    consensus; it cannot submit anywhere meanwhile (the count is kept). A submitter penalised
//!    for at least
//!    `PeerAgainstConsensusRemovalThreshold` of the evaluated peers is removed from the model.
//!    Every such removal slashes `RemovalSlash` of the stake left. A submitter with no penalty
//!    has an honest epoch;
//!    `PenaltyDecayEpochs` honest epochs in a row forgive one penalty.
//! 7. At most `EpochReward` is paid from the reward pot to the in-consensus submitters that were
//!    not removed, in proportion to their consensus scores; an empty pot pays nothing
//!    (`RewardPotEmpty`).
//! 8. Each evaluated peer's result (in or out of consensus) replaces the previous epoch's in
//!    [`ConsensusResults`]; the epoch's submissions are cleared (bounded by `MaxModelPeers`).

use crate::{math, pallet::*, types::*, weights::WeightInfo};
use alloc::{
	collections::{btree_map::BTreeMap, btree_set::BTreeSet},
	vec::Vec,
};
use frame_support::{pallet_prelude::*, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{Saturating, Zero},
	Percent, SaturatedConversion,
};

/// A submitter and its scores by peer id.
type Scorecard<T> = (<T as frame_system::Config>::AccountId, BTreeMap<PeerIdOf<T>, Score>);

/// `part / whole >= pct` without rounding (false for an empty `whole`).
fn at_least(part: u32, whole: u32, pct: Percent) -> bool {
	whole > 0
		&& u64::from(part).saturating_mul(100)
			>= u64::from(pct.deconstruct()).saturating_mul(u64::from(whole))
}

/// `part / whole > pct` without rounding (false for an empty `whole`).
fn more_than(part: u32, whole: u32, pct: Percent) -> bool {
	whole > 0
		&& u64::from(part).saturating_mul(100)
			> u64::from(pct.deconstruct()).saturating_mul(u64::from(whole))
}

/// What one model's epoch evaluation decided, before it is applied to storage.
struct Evaluation<AccountId> {
	/// Penalties per account, with their reasons, in order.
	penalties: BTreeMap<AccountId, Vec<PenaltyReason>>,
	/// Per submitter: for how many evaluated peers it was penalised.
	against: BTreeMap<AccountId, u32>,
	/// Out-of-consensus peers.
	out: Vec<AccountId>,
	/// In-consensus peers and their consensus scores.
	scores: BTreeMap<AccountId, Option<Score>>,
}

impl<T: Config> Pallet<T> {
	/// The consensus step: at the first block of an epoch, start closing the previous epoch;
	/// evaluate models until `MaxConsensusWeight` is used (at least one per block), and keep a
	/// cursor for the rest. Returns the weight used.
	pub(crate) fn on_epoch_block(now: BlockNumberFor<T>) -> Weight {
		let mut weight = T::DbWeight::get().reads(1);
		let length = T::EpochLength::get();
		let mut progress = match ConsensusCursor::<T>::get() {
			Some(progress) => progress,
			None => {
				if now.is_zero() || length.is_zero() || !(now % length).is_zero() {
					return weight;
				}
				ConsensusProgress { epoch: Self::epoch_of(now).saturating_sub(1), next_model: 0 }
			},
		};

		let models = NextModelId::<T>::get();
		weight.saturating_accrue(T::DbWeight::get().reads_writes(1, 1));
		let budget = T::MaxConsensusWeight::get();
		let mut evaluated_any = false;
		while progress.next_model < models {
			let model = progress.next_model;
			let cost = Self::model_consensus_weight(model);
			if evaluated_any && weight.saturating_add(cost).any_gt(budget) {
				break;
			}
			Self::form_model_consensus(model, progress.epoch);
			weight.saturating_accrue(cost);
			evaluated_any = true;
			progress.next_model = progress.next_model.saturating_add(1);
		}

		if progress.next_model >= models {
			ConsensusCursor::<T>::kill();
		} else {
			ConsensusCursor::<T>::put(progress);
		}
		weight
	}

	/// The benchmarked weight of evaluating `model` with its current peers and participants.
	pub fn model_consensus_weight(model: ModelId) -> Weight {
		let peers = Models::<T>::get(model).map(|m| m.peer_count).unwrap_or_default();
		let (submitted, unconfirmed) = EpochParticipation::<T>::get(model);
		let fundings = ModelFundings::<T>::decode_len(model).unwrap_or(0) as u32;
		T::WeightInfo::form_consensus(peers, submitted.saturating_add(unconfirmed).min(peers))
			.saturating_add(T::WeightInfo::pay_funding(peers).saturating_mul(fundings.into()))
			.saturating_add(T::DbWeight::get().reads(3))
	}

	/// Evaluates `model` for `epoch` and applies the outcome. Never fails: every path ends in
	/// `ConsensusFormed` or `ModelSkipped`.
	pub(crate) fn form_model_consensus(model: ModelId, epoch: Epoch) {
		let Some(mut info) = Models::<T>::get(model) else { return };

		let mut eligible = BTreeSet::new();
		let mut evaluated = Vec::new();
		let mut members = Vec::new();
		for (account, peer) in Peers::<T>::iter_prefix(model) {
			members.push(account.clone());
			if Self::may_submit_at(peer.joined_epoch, epoch) {
				eligible.insert(account.clone());
			}
			if Self::is_evaluated_at(peer.joined_epoch, epoch) {
				evaluated.push((account, peer.peer_id));
			}
		}
		let submissions: Vec<Scorecard<T>> = Submissions::<T>::iter_prefix(model)
			.filter(|(who, _)| eligible.contains(who))
			.map(|(who, data)| (who, data.into_iter().map(|d| (d.peer_id, d.score)).collect()))
			.collect();
		let unconfirmers: BTreeSet<T::AccountId> = Unconfirms::<T>::iter_key_prefix(model)
			.filter(|who| eligible.contains(who))
			.collect();
		Self::clear_epoch_state(model);

		let submitters = submissions.len() as u32;
		let participants = {
			let mut all: BTreeSet<&T::AccountId> = unconfirmers.iter().collect();
			all.extend(submissions.iter().map(|(who, _)| who));
			all.len() as u32
		};
		let eligible_count = eligible.len() as u32;
		let requirement = T::ModelPeerConsensusSubmitPercentRequirement::get();

		let skip = if epoch.saturating_sub(info.registered_epoch)
			< T::MinRequiredModelConsensusSubmitEpochs::get()
			|| eligible_count < T::MinModelPeers::get()
		{
			Some(SkipReason::NotMature)
		} else if !at_least(participants, eligible_count, requirement) {
			Some(SkipReason::LowParticipation)
		} else if at_least(
			unconfirmers.len() as u32,
			participants,
			T::ModelConsensusUnconfirmedThreshold::get(),
		) {
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
			ModelOutcomes::<T>::insert(model, (epoch, EpochOutcome::Skipped(reason)));
			Self::deposit_event(Event::ModelSkipped { model, epoch, reason });
			return;
		}

		let evaluation = Self::evaluate(&evaluated, &submissions, &eligible, &unconfirmers);
		Self::apply(model, epoch, &members, &evaluated, &submissions, evaluation);
	}

	/// Rules 2 to 5: who is out of consensus, the consensus scores, and every penalty.
	fn evaluate(
		evaluated: &[(T::AccountId, PeerIdOf<T>)],
		submissions: &[Scorecard<T>],
		eligible: &BTreeSet<T::AccountId>,
		unconfirmers: &BTreeSet<T::AccountId>,
	) -> Evaluation<T::AccountId> {
		let mut result = Evaluation {
			penalties: BTreeMap::new(),
			against: BTreeMap::new(),
			out: Vec::new(),
			scores: BTreeMap::new(),
		};
		let mut penalize = |who: &T::AccountId, reason: PenaltyReason, for_peer: bool| {
			result.penalties.entry(who.clone()).or_default().push(reason);
			if for_peer {
				let count = result.against.entry(who.clone()).or_default();
				*count = count.saturating_add(1);
			}
		};
		let submitters = submissions.len() as u32;
		for (account, peer_id) in evaluated {
			let scored: Vec<(&T::AccountId, Score)> = submissions
				.iter()
				.filter_map(|(who, data)| data.get(peer_id).map(|score| (who, *score)))
				.collect();
			let omitted = submitters.saturating_sub(scored.len() as u32);
			if more_than(omitted, submitters, T::PeerRemovalThreshold::get()) {
				result.out.push(account.clone());
				for (who, _) in &scored {
					penalize(who, PenaltyReason::ScoredOutOfConsensusPeer, true);
				}
				continue;
			}
			for (who, data) in submissions {
				if !data.contains_key(peer_id) {
					penalize(who, PenaltyReason::OmittedInConsensusPeer, true);
				}
			}
			let mut values: Vec<Score> = scored.iter().map(|(_, score)| *score).collect();
			let consensus = math::consensus_score(&mut values);
			if let Some(consensus) = consensus {
				for (who, score) in &scored {
					if math::deviates(*score, consensus, T::MaximumOutlierDeltaPercent::get()) {
						penalize(who, PenaltyReason::OutlierScore, true);
					}
				}
			}
			result.scores.insert(account.clone(), consensus);
		}
		let submitted: BTreeSet<&T::AccountId> = submissions.iter().map(|(who, _)| who).collect();
		for who in eligible {
			if !submitted.contains(who) && !unconfirmers.contains(who) {
				penalize(who, PenaltyReason::Absent, false);
			}
		}
		result
	}

	/// Rules 6 to 8: penalties and their decay, removals, rewards, stored results.
	fn apply(
		model: ModelId,
		epoch: Epoch,
		members: &[T::AccountId],
		evaluated: &[(T::AccountId, PeerIdOf<T>)],
		submissions: &[Scorecard<T>],
		evaluation: Evaluation<T::AccountId>,
	) {
		let Evaluation { penalties, against, out, scores } = evaluation;

		// Penalty counts and slashes, and the honest streaks of submitters with no penalty.
		let limit = T::MaxAccountPenaltyCount::get();
		for (who, reasons) in &penalties {
			let mut count = AccountPenaltyCount::<T>::get(who);
			let before = count;
			for reason in reasons {
				count = count.saturating_add(1);
				Self::deposit_event(Event::PeerPenalized {
					model,
					account: who.clone(),
					reason: *reason,
					penalties: count,
				});
			}
			AccountPenaltyCount::<T>::insert(who, count);
			HonestStreak::<T>::remove(who);
			Self::slash_penalties(model, who, reasons.len() as u32);
			if before <= limit && count > limit {
				Self::deposit_event(Event::AccountRemoved {
					account: who.clone(),
					penalties: count,
				});
			}
		}
		for (who, _) in submissions {
			if !penalties.contains_key(who) {
				Self::note_honest_epoch(who);
			}
		}

		// Results of every evaluated peer, in or out of consensus. They replace the previous
		// epoch's, which were at most `MaxModelPeers` (one per evaluated peer).
		let _ = ConsensusResults::<T>::clear_prefix(model, T::MaxModelPeers::get(), None);
		let submitted: BTreeSet<&T::AccountId> = submissions.iter().map(|(who, _)| who).collect();
		let mut rewarded: Vec<(T::AccountId, Score)> = Vec::new();
		for (account, _) in evaluated {
			let score = scores.get(account).copied().flatten();
			let in_consensus = scores.contains_key(account);
			if in_consensus && submitted.contains(account) {
				if let Some(score) = score {
					rewarded.push((account.clone(), score));
				}
			}
			ConsensusResults::<T>::insert(
				model,
				account,
				PeerResult {
					epoch,
					score,
					in_consensus,
					penalties: penalties.get(account).map(|r| r.len() as u32).unwrap_or(0),
					reward: Zero::zero(),
				},
			);
		}

		// Removals.
		let evaluated_count = evaluated.len() as u32;
		let mut removed: BTreeSet<T::AccountId> = BTreeSet::new();
		for account in &out {
			Self::deposit_event(Event::PeerOutOfConsensus {
				model,
				account: account.clone(),
				epoch,
			});
			if Self::do_remove_peer(model, account, RemovalReason::OutOfConsensus).is_ok() {
				removed.insert(account.clone());
			}
		}
		for (who, count) in &against {
			if !removed.contains(who)
				&& at_least(*count, evaluated_count, T::PeerAgainstConsensusRemovalThreshold::get())
				&& Self::do_remove_peer(model, who, RemovalReason::AgainstConsensus).is_ok()
			{
				removed.insert(who.clone());
			}
		}
		// Accounts over the penalty limit leave this model now, and each of their other models
		// at that model's next consensus (they cannot submit anywhere meanwhile). This keeps
		// the work per model bounded by its own peers.
		for who in members {
			if !removed.contains(who)
				&& AccountPenaltyCount::<T>::get(who) > limit
				&& Self::do_remove_peer(model, who, RemovalReason::TooManyPenalties).is_ok()
			{
				removed.insert(who.clone());
			}
		}

		// Rewards, from the reward pot.
		rewarded.retain(|(who, _)| !removed.contains(who));
		let weights: Vec<u32> = rewarded.iter().map(|(_, score)| *score).collect();
		let total_reward: u128 = Self::epoch_reward().saturated_into();
		if total_reward == 0 && !rewarded.is_empty() {
			Self::deposit_event(Event::RewardPotEmpty { model, epoch });
		}
		let shares = math::split_reward(total_reward, &weights);
		let mut paid = BalanceOf::<T>::zero();
		let mut recipients = 0u32;
		for ((who, _), share) in rewarded.iter().zip(shares) {
			let share: BalanceOf<T> = share.saturated_into();
			if share.is_zero() || !Self::pay_reward(who, share) {
				continue;
			}
			paid = paid.saturating_add(share);
			recipients = recipients.saturating_add(1);
			ConsensusResults::<T>::mutate(model, who, |result| {
				if let Some(result) = result {
					result.reward = share;
				}
			});
		}

		Self::pay_fundings(model, epoch, &rewarded);

		ModelOutcomes::<T>::insert(model, (epoch, EpochOutcome::Formed));
		Self::deposit_event(Event::ConsensusFormed {
			model,
			epoch,
			evaluated: evaluated_count,
			in_consensus: scores.len() as u32,
			submitters: submissions.len() as u32,
		});
		Self::deposit_event(Event::RewardsPaid { model, epoch, total: paid, recipients });
	}

	/// One more honest epoch for `who`; every `PenaltyDecayEpochs` of them forgive a penalty.
	fn note_honest_epoch(who: &T::AccountId) {
		let streak = HonestStreak::<T>::get(who).saturating_add(1);
		let count = AccountPenaltyCount::<T>::get(who);
		if streak >= T::PenaltyDecayEpochs::get() && count > 0 {
			let count = count.saturating_sub(1);
			if count == 0 {
				AccountPenaltyCount::<T>::remove(who);
			} else {
				AccountPenaltyCount::<T>::insert(who, count);
			}
			HonestStreak::<T>::remove(who);
			Self::deposit_event(Event::PenaltyForgiven { account: who.clone(), penalties: count });
		} else if count > 0 {
			HonestStreak::<T>::insert(who, streak);
		}
	}

	/// Clears a model's per-epoch state. At most `MaxModelPeers` entries each: one submission
	/// and one unconfirm per peer per epoch.
	fn clear_epoch_state(model: ModelId) {
		let limit = T::MaxModelPeers::get();
		let _ = Submissions::<T>::clear_prefix(model, limit, None);
		let _ = Unconfirms::<T>::clear_prefix(model, limit, None);
		EpochParticipation::<T>::remove(model);
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
			(1..=T::MaxModelPeers::get()).contains(&T::MinModelPeers::get()),
			"MinModelPeers must be in 1..=MaxModelPeers"
		);
		assert!(
			T::MinRequiredPeerConsensusInclusionEpochs::get()
				<= T::MinRequiredPeerConsensusSubmitEpochs::get(),
			"every peer that may submit must also be evaluated"
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
		let worst = T::WeightInfo::form_consensus(T::MaxModelPeers::get(), T::MaxModelPeers::get());
		assert!(
			worst.all_lte(T::MaxConsensusWeight::get()),
			"one model's worst-case consensus must fit in MaxConsensusWeight"
		);
	}
}
