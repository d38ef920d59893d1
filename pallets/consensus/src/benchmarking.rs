//! Benchmarks of every call and of each unit of the consensus step, each in its worst case.

use super::*;
use crate::Pallet as Consensus;
use alloc::{format, vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, Get},
	BoundedVec,
};
use frame_system::RawOrigin;
use sp_runtime::traits::{Saturating, Zero};

const MODEL: ModelId = 0;

fn set_block<T: Config>(epoch: u32, offset: u32) {
	let n = T::EpochLength::get().saturating_mul(epoch.into()).saturating_add(offset.into());
	frame_system::Pallet::<T>::set_block_number(n);
}

/// The first block of the submission window of `epoch`.
fn submission_window<T: Config>(epoch: u32) {
	let window: u32 = sp_runtime::SaturatedConversion::saturated_into(T::PeerChangeWindow::get());
	set_block::<T>(epoch, window);
}

/// The longest peer id, unique per `i`.
fn peer_id<T: Config>(i: u32) -> PeerIdOf<T> {
	let mut id = format!("peer-{i}-").into_bytes();
	id.resize(T::MaxPeerIdLen::get() as usize, b'x');
	BoundedVec::truncate_from(id)
}

fn funded<T: Config>(name: &'static str, i: u32) -> T::AccountId {
	let who: T::AccountId = account(name, i, 0);
	let amount = T::MinStake::get().saturating_mul(1_000u32.into());
	T::Currency::set_balance(&who, amount);
	who
}

fn register<T: Config>(name: &str) -> ModelId {
	let id = NextModelId::<T>::get();
	assert!(Consensus::<T>::do_register_model(BoundedVec::truncate_from(name.as_bytes().to_vec()))
		.is_ok());
	id
}

/// A model registered in epoch 0 with `peers` peers who joined in epoch 0 (all mature in
/// epoch 1), uids `0..peers`.
fn model_with_peers<T: Config>(peers: u32) -> Vec<T::AccountId> {
	set_block::<T>(0, 0);
	assert_eq!(register::<T>("models/bench"), MODEL);
	(0..peers)
		.map(|i| {
			let who = funded::<T>("peer", i);
			assert!(Consensus::<T>::do_add_peer(
				MODEL,
				who.clone(),
				peer_id::<T>(i),
				T::MinStake::get()
			)
			.is_ok());
			who
		})
		.collect()
}

/// `who` joins `MaxModels - 1` more models (registered if needed) in the current epoch.
fn join_other_models<T: Config>(who: &T::AccountId, i: u32) {
	for m in 1..T::MaxModels::get() {
		if !Models::<T>::contains_key(m) {
			assert_eq!(register::<T>(&format!("other-{m}")), m);
		}
		assert!(Consensus::<T>::do_add_peer(m, who.clone(), peer_id::<T>(i), T::MinStake::get())
			.is_ok());
	}
}

fn scores_for<T: Config>(peers: u32, score: Score) -> ScoresOf<T> {
	let data: Vec<PeerScore> = (0..peers).map(|uid| PeerScore { uid: uid as Uid, score }).collect();
	BoundedVec::truncate_from(data)
}

/// Credits `uid` of `model` some native reward (reserved in a funded pot) and some payment
/// (held by the model's funding account).
fn credit<T: Config>(model: ModelId, uid: Uid) {
	let native = T::MinStake::get();
	let payment: PaymentOf<T> = 1_000_000u32.into();
	T::Currency::set_balance(&Consensus::<T>::reward_pot(), native.saturating_mul(10u32.into()));
	T::BenchmarkHelper::fund_payment(&Consensus::<T>::funding_account(model), payment);
	UnclaimedRewards::<T>::mutate(model, |all| {
		while all.len() <= usize::from(uid) {
			assert!(all.try_push(Default::default()).is_ok());
		}
		if let Some(owed) = all.get_mut(usize::from(uid)) {
			*owed = Owed { native, payment };
		}
	});
	RewardsOwed::<T>::mutate(|owed| *owed = owed.saturating_add(native));
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_model() {
		let path = BoundedVec::truncate_from(vec![b'p'; T::MaxPathLen::get() as usize]);

		#[extrinsic_call]
		_(RawOrigin::Root, path);

		assert_eq!(NextModelId::<T>::get(), 1);
	}

	/// The model has `MaxModelPeers - 1` peers (the free uid is the last one the search
	/// finds) and the account is a peer of `MaxModels - 1` other models already.
	#[benchmark]
	fn add_model_peer() {
		let max = T::MaxModelPeers::get();
		model_with_peers::<T>(max.saturating_sub(1));
		let who = funded::<T>("joiner", 0);
		join_other_models::<T>(&who, max);
		let id = peer_id::<T>(max.saturating_add(1));

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), MODEL, id, T::MinStake::get());

		assert_eq!(Peers::<T>::get(MODEL, &who).map(|p| u32::from(p.uid)), Some(max - 1));
	}

	/// The last of `MaxModelPeers` peers leaves with rewards credited to it, a leave mark and
	/// a row, from `MaxModels` models.
	#[benchmark]
	fn remove_model_peer() {
		let max = T::MaxModelPeers::get();
		let peers = model_with_peers::<T>(max);
		let who = peers[max as usize - 1].clone();
		join_other_models::<T>(&who, max);
		let uid = (max - 1) as Uid;
		credit::<T>(MODEL, uid);
		Leaving::<T>::mutate(MODEL, |leaving| assert!(leaving.insert(uid).is_ok()));
		AccountPenaltyCount::<T>::insert(&who, T::MaxAccountPenaltyCount::get() + 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), MODEL);

		assert!(Unbondings::<T>::contains_key(MODEL, &who));
		assert!(LeftRewards::<T>::contains_key(MODEL, &who));
	}

	/// The account has no other stake, so its penalty records are forgotten after a look at
	/// every one of `MaxModels` models, and it is paid what it was owed when it left.
	#[benchmark]
	fn release_stake() {
		let peers = model_with_peers::<T>(1);
		for m in 1..T::MaxModels::get() {
			register::<T>(&format!("other-{m}"));
		}
		let who = peers[0].clone();
		AccountPenaltyCount::<T>::insert(&who, 1);
		credit::<T>(MODEL, 0);
		assert!(Consensus::<T>::do_remove_peer(MODEL, &who, RemovalReason::Left).is_ok());
		set_block::<T>(T::StakeCooldownEpochs::get().saturating_add(1), 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), MODEL);

		assert!(!Unbondings::<T>::contains_key(MODEL, &who));
		assert!(!AccountPenaltyCount::<T>::contains_key(&who));
		assert!(!LeftRewards::<T>::contains_key(MODEL, &who));
	}

	/// `d` entries submitted (a full row of a model with `d` peers, at least `MinModelPeers`).
	/// The work is O(d); the reads do not depend on the model's size.
	#[benchmark]
	fn submit_consensus_data(d: Linear<1, { T::MaxModelPeers::get() }>) {
		let peers = model_with_peers::<T>(d.max(T::MinModelPeers::get()));
		submission_window::<T>(1);
		let data = scores_for::<T>(d, 5_000);

		#[extrinsic_call]
		_(RawOrigin::Signed(peers[0].clone()), MODEL, data);

		assert_eq!(Submissions::<T>::get(MODEL, 0).map(|row| row.scores.len() as u32), Some(d));
	}

	#[benchmark]
	fn unconfirm_consensus_data() {
		let peers = model_with_peers::<T>(T::MinModelPeers::get());
		submission_window::<T>(1);

		#[extrinsic_call]
		_(RawOrigin::Signed(peers[0].clone()), MODEL);

		assert!(Consensus::<T>::participation_view(MODEL, &peers[0]).unconfirmed);
	}

	/// A peer that left claims both what it was owed when it left and (having rejoined) what
	/// its uid was credited since; the payment creates its asset account.
	#[benchmark]
	fn claim_rewards() {
		let peers = model_with_peers::<T>(1);
		let who = peers[0].clone();
		credit::<T>(MODEL, 0);
		LeftRewards::<T>::insert(
			MODEL,
			&who,
			Owed { native: T::MinStake::get(), payment: 1_000_000u32.into() },
		);
		RewardsOwed::<T>::mutate(|owed| *owed = owed.saturating_add(T::MinStake::get()));
		T::BenchmarkHelper::fund_payment(
			&Consensus::<T>::funding_account(MODEL),
			1_000_000u32.into(),
		);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), MODEL);

		assert!(!LeftRewards::<T>::contains_key(MODEL, &who));
		assert!(RewardsOwed::<T>::get().is_zero());
	}

	/// One model's consensus with `p` peers, all submitting one-entry rows (the entries are
	/// `score_entries`' part). The first peer's entry is far off (an outlier penalised, the
	/// effects queued), the rest are credited the reward of a funded pot; a leave mark is read.
	#[benchmark]
	fn form_consensus(p: Linear<{ T::MinModelPeers::get() }, { T::MaxModelPeers::get() }>) {
		let peers = model_with_peers::<T>(p);
		T::Currency::set_balance(
			&Consensus::<T>::reward_pot(),
			T::EpochReward::get().saturating_mul(10u32.into()),
		);
		submission_window::<T>(1);
		for (i, who) in peers.iter().enumerate() {
			let score = if i == 0 { crate::math::MAX_SCORE } else { 100 };
			let row = BoundedVec::truncate_from(vec![PeerScore { uid: 1, score }]);
			assert!(Consensus::<T>::do_submit(MODEL, who.clone(), row).is_ok());
		}
		set_block::<T>(2, 0);

		#[block]
		{
			Consensus::<T>::form_model_consensus(MODEL, 1, false);
		}

		assert!(Metagraphs::<T>::contains_key(MODEL));
		assert!(!PendingEffects::<T>::get(MODEL).is_empty());
	}

	/// Reading and scoring `c` full columns: `MaxModelPeers` rows of `c` entries each (every
	/// column as long as it gets, so the filter's sort costs its most per entry), with a few
	/// omissions and outliers.
	#[benchmark]
	fn score_entries(c: Linear<1, { T::MaxModelPeers::get() }>) {
		let rows = T::MaxModelPeers::get();
		for uid in 0..rows {
			let scores: Vec<PeerScore> = (0..c)
				.filter(|column| (column + uid) % 97 != 0)
				.map(|column| PeerScore {
					uid: column as Uid,
					score: if uid % 31 == 0 {
						crate::math::MAX_SCORE
					} else {
						100 + (uid % 7) as Score
					},
				})
				.collect();
			Submissions::<T>::insert(
				MODEL,
				uid as Uid,
				ScoreRow { epoch: 1, scores: BoundedVec::truncate_from(scores) },
			);
		}
		let submitted: Vec<Uid> = (0..rows).map(|uid| uid as Uid).collect();
		let evaluated = vec![true; rows as usize];
		// Overwritten by the measured block, read after it.
		#[allow(unused_assignments)]
		let mut evaluation = crate::consensus::Evaluation::default();

		#[block]
		{
			let read = Consensus::<T>::read_rows(MODEL, 1, &submitted);
			let refs: Vec<(Uid, &[PeerScore])> =
				read.iter().map(|(uid, row)| (*uid, row.scores.as_slice())).collect();
			evaluation = crate::consensus::evaluate(&crate::consensus::EpochInput {
				evaluated: &evaluated,
				rows: &refs,
				absent: &[],
				removal_threshold: T::PeerRemovalThreshold::get(),
				max_outlier_delta: T::MaximumOutlierDeltaPercent::get(),
			});
		}

		assert_eq!(evaluation.scores.iter().filter(|s| s.is_some()).count() as u32, c);
	}

	/// One community's funding of a model credited to `p` peers in consensus. The consensus
	/// step charges this once per funding of the model.
	#[benchmark]
	fn credit_funding(p: Linear<1, { T::MaxModelPeers::get() }>) {
		model_with_peers::<T>(p);
		let amount: PaymentOf<T> = 1_000_000u32.into();
		let amount = amount.saturating_mul(p.into());
		T::BenchmarkHelper::fund_payment(&Consensus::<T>::funding_account(MODEL), amount);
		assert!(Consensus::<T>::add_funding(MODEL, 1, amount, 1).is_ok());
		let rewarded: Vec<(Uid, Score)> = (0..p).map(|uid| (uid as Uid, 100)).collect();
		let mut unclaimed = vec![OwedOf::<T>::default(); p as usize];

		#[block]
		{
			Consensus::<T>::credit_fundings(MODEL, 1, &rewarded, &mut unclaimed);
		}

		assert!(ModelFundings::<T>::get(MODEL).is_empty(), "all of it credited in its last epoch");
	}

	/// An honest epoch that forgives a penalty.
	#[benchmark]
	fn apply_honest_effect() {
		let peers = model_with_peers::<T>(1);
		AccountPenaltyCount::<T>::insert(&peers[0], 2);
		HonestStreak::<T>::insert(&peers[0], T::PenaltyDecayEpochs::get().saturating_sub(1));
		let effect = Effect { uid: 0, penalties: 0, submitted: true, removal: None };

		#[block]
		{
			Consensus::<T>::apply_effect(MODEL, &effect);
		}

		assert_eq!(AccountPenaltyCount::<T>::get(&peers[0]), 1);
	}

	/// Penalties that take the account over the limit: slashed, removed from this model (with
	/// rewards credited) and marked to leave its `MaxModels - 1` other models.
	#[benchmark]
	fn apply_penalty_effect() {
		let peers = model_with_peers::<T>(1);
		let who = peers[0].clone();
		join_other_models::<T>(&who, 0);
		credit::<T>(MODEL, 0);
		AccountPenaltyCount::<T>::insert(&who, T::MaxAccountPenaltyCount::get());
		HonestStreak::<T>::insert(&who, 1);
		let effect = Effect { uid: 0, penalties: 1, submitted: true, removal: None };

		#[block]
		{
			Consensus::<T>::apply_effect(MODEL, &effect);
		}

		assert!(!Peers::<T>::contains_key(MODEL, &who));
		assert!(Leaving::<T>::get(T::MaxModels::get() - 1).contains(0));
	}

	/// A removal by consensus of the last of `MaxModelPeers` peers, with rewards credited.
	#[benchmark]
	fn apply_removal_effect() {
		let max = T::MaxModelPeers::get();
		let peers = model_with_peers::<T>(max);
		let uid = (max - 1) as Uid;
		credit::<T>(MODEL, uid);
		let effect = Effect {
			uid,
			penalties: 0,
			submitted: false,
			removal: Some(RemovalReason::OutOfConsensus),
		};

		#[block]
		{
			Consensus::<T>::apply_effect(MODEL, &effect);
		}

		assert!(!Peers::<T>::contains_key(MODEL, &peers[max as usize - 1]));
	}

	impl_benchmark_test_suite!(Consensus, crate::mock::new_test_ext(), crate::mock::Test);
}
