//! Benchmarks of every call and of the consensus step, each in its worst case.

use super::*;
use crate::Pallet as Consensus;
use alloc::{format, vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, Get},
	BoundedVec,
};
use frame_system::RawOrigin;
use sp_runtime::traits::Saturating;

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

fn peer_id<T: Config>(i: u32) -> PeerIdOf<T> {
	let mut id = format!("peer-{i}").into_bytes();
	id.truncate(8);
	BoundedVec::truncate_from(id)
}

fn funded<T: Config>(name: &'static str, i: u32) -> T::AccountId {
	let who: T::AccountId = account(name, i, 0);
	let amount = T::MinStake::get().saturating_mul(1_000u32.into());
	T::Currency::set_balance(&who, amount);
	who
}

/// A model registered in epoch 0 with `peers` peers who joined in epoch 0 (all mature in
/// epoch 1).
fn model_with_peers<T: Config>(peers: u32) -> Vec<T::AccountId> {
	set_block::<T>(0, 0);
	assert!(Consensus::<T>::do_register_model(BoundedVec::truncate_from(b"models/bench".to_vec()))
		.is_ok());
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

fn scores_for<T: Config>(peers: u32, score: Score) -> ScoresOf<T> {
	let data: Vec<ModelPeerData<PeerIdOf<T>>> =
		(0..peers).map(|i| ModelPeerData { peer_id: peer_id::<T>(i), score }).collect();
	BoundedVec::truncate_from(data)
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

	/// The account is a peer of `MaxModels - 1` other models already.
	#[benchmark]
	fn add_model_peer() {
		set_block::<T>(0, 0);
		let who = funded::<T>("peer", 0);
		for m in 0..T::MaxModels::get() {
			assert!(Consensus::<T>::do_register_model(BoundedVec::truncate_from(
				format!("m{m}").into_bytes()
			))
			.is_ok());
			if m > 0 {
				assert!(Consensus::<T>::do_add_peer(
					m,
					who.clone(),
					peer_id::<T>(0),
					T::MinStake::get()
				)
				.is_ok());
			}
		}
		let id = BoundedVec::truncate_from(vec![b'i'; T::MaxPeerIdLen::get() as usize]);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), MODEL, id, T::MinStake::get());

		assert!(Peers::<T>::contains_key(MODEL, &who));
	}

	#[benchmark]
	fn remove_model_peer() {
		let peers = model_with_peers::<T>(1);
		let who = peers[0].clone();

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), MODEL);

		assert!(Unbondings::<T>::contains_key(MODEL, &who));
	}

	/// The account has no other stake, so its penalty records are forgotten after a look at
	/// every one of `MaxModels` models.
	#[benchmark]
	fn release_stake() {
		let peers = model_with_peers::<T>(1);
		for m in 1..T::MaxModels::get() {
			let path = BoundedVec::truncate_from(format!("other-{m}").into_bytes());
			assert!(Consensus::<T>::do_register_model(path).is_ok());
		}
		let who = peers[0].clone();
		AccountPenaltyCount::<T>::insert(&who, 1);
		assert!(Consensus::<T>::do_remove_peer(MODEL, &who, RemovalReason::Left).is_ok());
		set_block::<T>(T::StakeCooldownEpochs::get().saturating_add(1), 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), MODEL);

		assert!(!Unbondings::<T>::contains_key(MODEL, &who));
		assert!(!AccountPenaltyCount::<T>::contains_key(&who));
	}

	/// `p` peers in the model (all counted for eligibility), `d` entries submitted.
	#[benchmark]
	fn submit_consensus_data(
		p: Linear<{ T::MinModelPeers::get() }, { T::MaxModelPeers::get() }>,
		d: Linear<1, { T::MaxModelPeers::get() }>,
	) {
		let peers = model_with_peers::<T>(p);
		let entries = d.min(p);
		submission_window::<T>(1);
		let data = scores_for::<T>(entries, 5_000);

		#[extrinsic_call]
		_(RawOrigin::Signed(peers[0].clone()), MODEL, data);

		assert!(Submissions::<T>::contains_key(MODEL, &peers[0]));
	}

	/// `p` peers in the model (all counted for eligibility).
	#[benchmark]
	fn unconfirm_consensus_data(
		p: Linear<{ T::MinModelPeers::get() }, { T::MaxModelPeers::get() }>,
	) {
		let peers = model_with_peers::<T>(p);
		submission_window::<T>(1);

		#[extrinsic_call]
		_(RawOrigin::Signed(peers[0].clone()), MODEL);

		assert!(Unconfirms::<T>::contains_key(MODEL, &peers[0]));
	}

	/// One model's consensus with `p` peers of which `s` submit scores for all `p`. Every
	/// fourth submitter scores far off (penalised for every peer, removed), the peers that do
	/// not submit are absent (penalised), and the rest share the reward from a funded pot.
	/// Every peer is at the penalty limit and a peer of `MaxModels` models, so each penalised
	/// one is slashed and removed with a full model list.
	#[benchmark]
	fn form_consensus(
		p: Linear<{ T::MinModelPeers::get() }, { T::MaxModelPeers::get() }>,
		s: Linear<1, { T::MaxModelPeers::get() }>,
	) {
		let peers = model_with_peers::<T>(p);
		for m in 1..T::MaxModels::get() {
			let path = BoundedVec::truncate_from(format!("other-{m}").into_bytes());
			assert!(Consensus::<T>::do_register_model(path).is_ok());
			for (i, who) in peers.iter().enumerate() {
				let id = peer_id::<T>(i as u32);
				assert!(Consensus::<T>::do_add_peer(m, who.clone(), id, T::MinStake::get()).is_ok());
			}
		}
		for who in &peers {
			AccountPenaltyCount::<T>::insert(who, T::MaxAccountPenaltyCount::get());
		}
		T::Currency::set_balance(
			&Consensus::<T>::reward_pot(),
			T::EpochReward::get().saturating_mul(10u32.into()),
		);
		submission_window::<T>(1);
		for (i, who) in peers.iter().take(s.min(p) as usize).enumerate() {
			let score = if i % 4 == 3 { crate::math::MAX_SCORE } else { 100 };
			assert!(
				Consensus::<T>::do_submit(MODEL, who.clone(), scores_for::<T>(p, score)).is_ok()
			);
		}
		set_block::<T>(2, 0);

		#[block]
		{
			Consensus::<T>::form_model_consensus(MODEL, 1);
		}

		assert!(ModelOutcomes::<T>::contains_key(MODEL));
		assert!(EpochParticipation::<T>::get(MODEL) == (0, 0));
	}

	/// One community's funding of a model paid to `p` peers in consensus that never held the
	/// payment asset (each transfer creates an asset account). The consensus step charges this
	/// once per funding of the model.
	#[benchmark]
	fn pay_funding(p: Linear<1, { T::MaxModelPeers::get() }>) {
		let peers = model_with_peers::<T>(p);
		let amount: PaymentOf<T> = 1_000_000u32.into();
		let amount = amount.saturating_mul(p.into());
		T::BenchmarkHelper::fund_payment(&Consensus::<T>::funding_account(MODEL), amount);
		assert!(Consensus::<T>::add_funding(MODEL, 1, amount, 1).is_ok());
		let rewarded: Vec<(T::AccountId, Score)> =
			peers.into_iter().map(|who| (who, 100)).collect();

		#[block]
		{
			Consensus::<T>::pay_fundings(MODEL, 1, &rewarded);
		}

		assert!(ModelFundings::<T>::get(MODEL).is_empty(), "all of it paid in its last epoch");
	}

	impl_benchmark_test_suite!(Consensus, crate::mock::new_test_ext(), crate::mock::Test);
}
