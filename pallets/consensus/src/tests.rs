//! Unit tests: every call's success and error paths, the submission window, maturity gates,
//! threshold edges, penalties, removals, rewards and hook-driven epochs. Each test ends with
//! `do_try_state`.

use crate::{mock::*, pallet::*, types::*, Error, Event};
use codec::{Decode, Encode};
use frame_support::{
	assert_noop, assert_ok,
	dispatch::Pays,
	traits::fungible::{Inspect, InspectHold, Mutate},
	traits::{ConstU32, Get, Hooks, PalletInfoAccess},
	weights::Weight,
	BoundedVec,
};
use sp_runtime::DispatchError;

const M: ModelId = 0;

fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn pid(who: AccountId) -> PeerIdOf<Test> {
	bounded(format!("peer-{who}").as_bytes())
}

fn bounded<S: frame_support::traits::Get<u32>>(bytes: &[u8]) -> BoundedVec<u8, S> {
	bytes.to_vec().try_into().unwrap()
}

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Consensus(e) => Some(e),
			_ => None,
		})
		.collect()
}

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&RuntimeHoldReason::Consensus(HoldReason::PeerStake), &who)
}

/// The uid of peer `who` of model `model`.
fn uid_in(model: ModelId, who: AccountId) -> Uid {
	Peers::<Test>::get(model, who).expect("a peer of the model").uid
}

fn uid(who: AccountId) -> Uid {
	uid_in(M, who)
}

/// A submission for model `model` scoring peers (by account), sorted by uid.
fn scores_in(model: ModelId, entries: &[(AccountId, Score)]) -> ScoresOf<Test> {
	let mut v: Vec<PeerScore> = entries
		.iter()
		.map(|(who, score)| PeerScore { uid: uid_in(model, *who), score: *score })
		.collect();
	v.sort_by_key(|entry| entry.uid);
	BoundedVec::try_from(v).unwrap()
}

fn scores(entries: &[(AccountId, Score)]) -> ScoresOf<Test> {
	scores_in(M, entries)
}

/// A submission of raw `(uid, score)` entries, in the given order.
fn raw(entries: &[(Uid, Score)]) -> ScoresOf<Test> {
	let v: Vec<PeerScore> = entries
		.iter()
		.map(|(uid, score)| PeerScore { uid: *uid, score: *score })
		.collect();
	BoundedVec::try_from(v).unwrap()
}

/// Who submitted and unconfirmed in model `M`'s current epoch, as uid counts.
fn participation_counts() -> (u32, u32) {
	let epoch = Consensus::current_epoch();
	match Participants::<Test>::get(M).filter(|p| p.epoch == epoch) {
		Some(p) => (p.submitted.len(), p.unconfirmed.len()),
		None => (0, 0),
	}
}

/// The metagraph entry of `uid` of model `M`, if it was evaluated.
fn result_at(uid: Uid) -> Option<PeerResult<Balance>> {
	Metagraphs::<Test>::get(M)?.results.get(usize::from(uid)).copied().flatten()
}

/// The metagraph entry of peer `who` of model `M`, if it was evaluated.
fn result_of(who: AccountId) -> Option<PeerResult<Balance>> {
	result_at(uid(who))
}

fn consensus_formed(e: &Event<Test>) -> Option<(u32, u32, u32, u32, u32, Balance)> {
	match e {
		Event::ConsensusFormed {
			evaluated,
			in_consensus,
			submitters,
			penalties,
			removals,
			reward,
			..
		} => Some((*evaluated, *in_consensus, *submitters, *penalties, *removals, *reward)),
		_ => None,
	}
}

/// The native reward credited to peer `who` of model `M` and not claimed yet.
fn unclaimed(who: AccountId) -> Balance {
	UnclaimedRewards::<Test>::get(M)
		.get(usize::from(uid(who)))
		.map(|owed| owed.native)
		.unwrap_or(0)
}

/// Registers model `M` at block 1 (epoch 0) and adds `peers` in epoch 0's peer window.
fn setup(peers: &[AccountId]) {
	assert_ok!(Consensus::register_model(RuntimeOrigin::root(), bounded(b"models/llm-7b")));
	for &p in peers {
		assert_ok!(Consensus::add_model_peer(signed(p), M, pid(p), MIN_STAKE));
	}
}

/// Moves to the submission window of epoch `e`.
fn to_submission_window(e: u64) {
	run_to_block(block_of(e, WINDOW));
}

/// Every peer in `who` scores every peer in `of` with `score`.
fn all_score(who: &[AccountId], of: &[AccountId], score: Score) {
	let entries: Vec<(AccountId, Score)> = of.iter().map(|p| (*p, score)).collect();
	for &w in who {
		assert_ok!(Consensus::submit_consensus_data(signed(w), M, scores(&entries)));
	}
}

fn close_epoch(e: u64) {
	run_to_block(block_of(e + 1, 0));
}

fn penalties(who: AccountId) -> u32 {
	AccountPenaltyCount::<Test>::get(who)
}

// ---------------------------------------------------------------- registry

#[test]
fn register_model_works_and_errors() {
	build_and_execute(|| {
		assert_noop!(Consensus::register_model(signed(1), bounded(b"m")), DispatchError::BadOrigin);
		assert_noop!(
			Consensus::register_model(RuntimeOrigin::root(), bounded(b"")),
			Error::<Test>::InvalidPath
		);
		assert_ok!(Consensus::register_model(RuntimeOrigin::root(), bounded(b"a")));
		assert_eq!(ModelPaths::<Test>::get(bounded::<ConstU32<32>>(b"a")), Some(0));
		assert_eq!(Models::<Test>::get(0).unwrap().registered_epoch, 0);
		assert_noop!(
			Consensus::register_model(RuntimeOrigin::root(), bounded(b"a")),
			Error::<Test>::ModelExists
		);
		for path in [b"b", b"c", b"d"] {
			assert_ok!(Consensus::register_model(RuntimeOrigin::root(), bounded(path)));
		}
		assert_noop!(
			Consensus::register_model(RuntimeOrigin::root(), bounded(b"e")),
			Error::<Test>::TooManyModels
		);
		assert_eq!(NextModelId::<Test>::get(), 4);
	});
}

/// `register_model` and `add_model_peer` with a path or peer id one byte over its bound do not
/// decode, so such a transaction is invalid before any block includes it.
#[test]
fn oversized_arguments_do_not_decode() {
	let pallet = Consensus::index() as u8;
	let register = |len: usize| {
		let mut bytes = vec![pallet, 0];
		vec![b'p'; len].encode_to(&mut bytes);
		RuntimeCall::decode(&mut &bytes[..])
	};
	assert!(register(32).is_ok());
	assert!(register(33).is_err());
	let add_peer = |len: usize| {
		let mut bytes = vec![pallet, 1];
		M.encode_to(&mut bytes);
		vec![b'i'; len].encode_to(&mut bytes);
		MIN_STAKE.encode_to(&mut bytes);
		RuntimeCall::decode(&mut &bytes[..])
	};
	assert!(add_peer(16).is_ok());
	assert!(add_peer(17).is_err());
}

#[test]
fn add_model_peer_holds_stake() {
	build_and_execute(|| {
		setup(&[]);
		assert_ok!(Consensus::add_model_peer(signed(1), M, pid(1), 250));
		let peer = Peers::<Test>::get(M, 1).unwrap();
		assert_eq!((peer.uid, peer.stake, peer.joined_epoch), (0, 250, 0));
		assert_eq!(Keys::<Test>::get(M, 0), Some(1));
		assert_eq!(Roster::<Test>::get(M).into_inner(), vec![Some(0)]);
		assert_eq!(held(1), 250);
		assert_eq!(Balances::balance(&1), 10_000 - 250);
		assert_eq!(PeerAccounts::<Test>::get(M, pid(1)), Some(1));
		let info = Models::<Test>::get(M).unwrap();
		assert_eq!((info.peer_count, info.uids), (1, 1));
		assert_eq!(info.maturing.into_inner(), vec![JoinCount { epoch: 0, peers: 1 }]);
		assert_eq!(AccountModels::<Test>::get(1).into_inner(), vec![M]);
		assert!(matches!(
			events().last(),
			Some(Event::PeerAdded { model: M, uid: 0, account: 1, stake: 250, .. })
		));
	});
}

#[test]
fn add_model_peer_errors() {
	build_and_execute(|| {
		assert_noop!(
			Consensus::add_model_peer(signed(1), M, pid(1), MIN_STAKE),
			Error::<Test>::UnknownModel
		);
		setup(&[]);
		assert_noop!(
			Consensus::add_model_peer(signed(1), M, bounded(b""), MIN_STAKE),
			Error::<Test>::InvalidPeerId
		);
		assert_noop!(
			Consensus::add_model_peer(signed(1), M, pid(1), MIN_STAKE - 1),
			Error::<Test>::StakeTooLow
		);
		assert_noop!(
			Consensus::add_model_peer(signed(1), M, pid(1), 10_001),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(
			Consensus::add_model_peer(signed(99), M, pid(99), MIN_STAKE),
			Error::<Test>::InsufficientBalance
		);
		assert_ok!(Consensus::add_model_peer(signed(1), M, pid(1), MIN_STAKE));
		assert_noop!(
			Consensus::add_model_peer(signed(1), M, pid(2), MIN_STAKE),
			Error::<Test>::AlreadyPeer
		);
		assert_noop!(
			Consensus::add_model_peer(signed(2), M, pid(1), MIN_STAKE),
			Error::<Test>::PeerIdTaken
		);
		run_to_block(block_of(0, WINDOW));
		assert_noop!(
			Consensus::add_model_peer(signed(2), M, pid(2), MIN_STAKE),
			Error::<Test>::OutsidePeerWindow
		);
	});
}

#[test]
fn model_peer_count_is_bounded() {
	build_and_execute(|| {
		setup(&[]);
		for p in 1..=MAX_PEERS as u64 + 1 {
			Balances::set_balance(&p, 10_000);
		}
		for p in 1..=MAX_PEERS as u64 {
			assert_ok!(Consensus::add_model_peer(signed(p), M, pid(p), MIN_STAKE));
		}
		let last = MAX_PEERS as u64 + 1;
		assert_noop!(
			Consensus::add_model_peer(signed(last), M, pid(last), MIN_STAKE),
			Error::<Test>::TooManyPeers
		);
		assert_eq!(Models::<Test>::get(M).unwrap().uids, MAX_PEERS);
		assert_eq!(uid(MAX_PEERS as u64), (MAX_PEERS - 1) as Uid);
	});
}

#[test]
fn remove_cool_down_and_release() {
	build_and_execute(|| {
		setup(&[1, 2]);
		assert_noop!(Consensus::remove_model_peer(signed(3), M), Error::<Test>::NotModelPeer);
		assert_ok!(Consensus::remove_model_peer(signed(1), M));
		assert!(!Peers::<Test>::contains_key(M, 1));
		assert_eq!(Models::<Test>::get(M).unwrap().peer_count, 1);
		assert_eq!(
			Unbondings::<Test>::get(M, 1),
			Some(Unbonding { amount: MIN_STAKE, release_epoch: 2 })
		);
		assert!(matches!(
			events().last(),
			Some(Event::PeerRemoved {
				model: M,
				uid: 0,
				account: 1,
				reason: RemovalReason::Left,
				release_epoch: 2
			})
		));
		// The uid is free, and the next peer to join takes it.
		assert_eq!(Keys::<Test>::get(M, 0), None);
		assert_eq!(Roster::<Test>::get(M).into_inner(), vec![None, Some(0)]);
		assert_ok!(Consensus::add_model_peer(signed(5), M, pid(5), MIN_STAKE));
		assert_eq!(uid(5), 0);
		assert_eq!(Models::<Test>::get(M).unwrap().uids, 2);
		// The stake stays held while it cools down, and blocks rejoining.
		assert_eq!(held(1), MIN_STAKE);
		assert_noop!(
			Consensus::add_model_peer(signed(1), M, pid(1), MIN_STAKE),
			Error::<Test>::StakeCoolingDown
		);
		assert_noop!(Consensus::release_stake(signed(1), M), Error::<Test>::StakeCoolingDown);
		assert_noop!(Consensus::release_stake(signed(2), M), Error::<Test>::NothingToRelease);
		run_to_block(block_of(1, WINDOW));
		assert_noop!(Consensus::remove_model_peer(signed(2), M), Error::<Test>::OutsidePeerWindow);
		assert_noop!(Consensus::remove_model_peer(signed(5), M), Error::<Test>::OutsidePeerWindow);
		assert_noop!(Consensus::release_stake(signed(1), M), Error::<Test>::StakeCoolingDown);
		run_to_block(block_of(2, 5));
		assert_ok!(Consensus::release_stake(signed(1), M));
		assert_eq!(held(1), 0);
		assert_eq!(Balances::balance(&1), 10_000);
		assert!(matches!(
			events().last(),
			Some(Event::StakeReleased { model: M, account: 1, amount: MIN_STAKE })
		));
	});
}

// ---------------------------------------------------------------- submissions

#[test]
fn submit_works_is_free_and_stores_a_row_by_uid() {
	build_and_execute(|| {
		setup(&[1, 2, 3]);
		to_submission_window(1);
		let data = scores(&[(1, 500), (2, 600)]);
		let info = Consensus::submit_consensus_data(signed(2), M, data.clone()).unwrap();
		assert_eq!(info.pays_fee, Pays::No);
		assert_eq!(Submissions::<Test>::get(M, uid(2)), Some(ScoreRow { epoch: 1, scores: data }));
		assert_eq!(participation_counts(), (1, 0));
		assert!(Consensus::participation_view(M, &2).submitted);
		assert!(!Consensus::participation_view(M, &1).submitted);
		assert!(matches!(
			events().last(),
			Some(Event::ConsensusDataSubmitted { model: M, uid: 1, epoch: 1, entries: 2 })
		));
	});
}

#[test]
fn submit_errors_each_have_their_own_error() {
	build_and_execute(|| {
		setup(&[1, 2, 3]);
		// Epoch 0: peers and model are not mature yet; the window comes first.
		assert_noop!(
			Consensus::submit_consensus_data(signed(1), M, scores(&[(1, 1)])),
			Error::<Test>::InPeerWindow
		);
		run_to_block(block_of(0, WINDOW));
		assert_noop!(
			Consensus::submit_consensus_data(signed(1), 7, scores(&[(1, 1)])),
			Error::<Test>::UnknownModel
		);
		assert_noop!(
			Consensus::submit_consensus_data(signed(9), M, scores(&[(1, 1)])),
			Error::<Test>::NotModelPeer
		);
		assert_noop!(
			Consensus::submit_consensus_data(signed(1), M, scores(&[(1, 1)])),
			Error::<Test>::ModelNotMature
		);
		to_submission_window(1);
		assert_noop!(
			Consensus::submit_consensus_data(signed(1), M, BoundedVec::default()),
			Error::<Test>::EmptyData
		);
		assert_noop!(
			Consensus::submit_consensus_data(signed(1), M, raw(&[(0, 1), (1, 1), (2, 1), (3, 1)])),
			Error::<Test>::TooMuchData
		);
		assert_noop!(
			Consensus::submit_consensus_data(signed(1), M, scores(&[(1, 0)])),
			Error::<Test>::ScoreOutOfRange
		);
		assert_noop!(
			Consensus::submit_consensus_data(signed(1), M, scores(&[(1, 5), (2, 10_001)])),
			Error::<Test>::ScoreOutOfRange
		);
		assert_noop!(
			Consensus::submit_consensus_data(signed(1), M, raw(&[(0, 5), (0, 6)])),
			Error::<Test>::UnsortedUids
		);
		assert_noop!(
			Consensus::submit_consensus_data(signed(1), M, raw(&[(1, 5), (0, 6)])),
			Error::<Test>::UnsortedUids
		);
		assert_noop!(
			Consensus::submit_consensus_data(signed(1), M, raw(&[(0, 5), (3, 6)])),
			Error::<Test>::UnknownUid
		);
		assert_ok!(Consensus::submit_consensus_data(signed(1), M, scores(&[(1, 1), (2, 10_000)])));
		assert_noop!(
			Consensus::submit_consensus_data(signed(1), M, scores(&[(1, 1)])),
			Error::<Test>::AlreadySubmitted
		);
		AccountPenaltyCount::<Test>::insert(2, 6);
		assert_noop!(
			Consensus::submit_consensus_data(signed(2), M, scores(&[(1, 1)])),
			Error::<Test>::TooManyPenalties
		);
		AccountPenaltyCount::<Test>::remove(2);
		ConsensusCursor::<Test>::put(ConsensusProgress {
			epoch: 0,
			next_model: 0,
			stage: ConsensusStage::Form,
		});
		assert_noop!(
			Consensus::submit_consensus_data(signed(2), M, scores(&[(1, 1)])),
			Error::<Test>::ConsensusInProgress
		);
		ConsensusCursor::<Test>::kill();
		assert_noop!(
			Consensus::submit_consensus_data(RuntimeOrigin::root(), M, scores(&[(1, 1)])),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn peer_and_model_maturity_gates() {
	build_and_execute(|| {
		setup(&[1, 2, 3]);
		// Peer 4 joins in epoch 1: it may submit only from epoch 2.
		run_to_block(block_of(1, 0));
		assert_ok!(Consensus::add_model_peer(signed(4), M, pid(4), MIN_STAKE));
		to_submission_window(1);
		assert_noop!(
			Consensus::submit_consensus_data(signed(4), M, scores(&[(1, 1)])),
			Error::<Test>::PeerNotMature
		);
		assert_noop!(
			Consensus::unconfirm_consensus_data(signed(4), M),
			Error::<Test>::PeerNotMature
		);
		assert_ok!(Consensus::submit_consensus_data(signed(1), M, scores(&[(1, 1)])));
		to_submission_window(2);
		assert_ok!(Consensus::submit_consensus_data(signed(4), M, scores(&[(1, 1)])));
	});
}

#[test]
fn too_few_eligible_peers() {
	build_and_execute(|| {
		setup(&[1, 2]);
		to_submission_window(1);
		assert_noop!(
			Consensus::submit_consensus_data(signed(1), M, scores(&[(1, 1)])),
			Error::<Test>::NotEnoughEligiblePeers
		);
		assert_noop!(
			Consensus::unconfirm_consensus_data(signed(1), M),
			Error::<Test>::NotEnoughEligiblePeers
		);
	});
}

#[test]
fn submission_window_edges() {
	build_and_execute(|| {
		setup(&[1, 2, 3]);
		// Last block of epoch 1's peer window: rejected.
		run_to_block(block_of(1, WINDOW - 1));
		assert_noop!(
			Consensus::submit_consensus_data(signed(1), M, scores(&[(1, 1)])),
			Error::<Test>::InPeerWindow
		);
		assert_noop!(
			Consensus::unconfirm_consensus_data(signed(1), M),
			Error::<Test>::InPeerWindow
		);
		// First block of the submission window: accepted.
		run_to_block(block_of(1, WINDOW));
		assert_ok!(Consensus::submit_consensus_data(signed(1), M, scores(&[(1, 1)])));
		// Last block of the epoch: accepted.
		run_to_block(block_of(1, EPOCH - 1));
		assert_ok!(Consensus::submit_consensus_data(signed(2), M, scores(&[(1, 1)])));
		// First block of the next epoch: the window again, and a fresh epoch.
		run_to_block(block_of(2, 0));
		assert_noop!(
			Consensus::submit_consensus_data(signed(3), M, scores(&[(1, 1)])),
			Error::<Test>::InPeerWindow
		);
		// Epoch 1's rows stay, tagged with their epoch; epoch 2 has no participant yet.
		assert_eq!(Submissions::<Test>::get(M, uid(1)).map(|row| row.epoch), Some(1));
		assert_eq!(participation_counts(), (0, 0));
	});
}

#[test]
fn unconfirm_once_per_epoch_before_or_after_submitting() {
	build_and_execute(|| {
		setup(&[1, 2, 3]);
		to_submission_window(1);
		let info = Consensus::unconfirm_consensus_data(signed(1), M).unwrap();
		assert_eq!(info.pays_fee, Pays::No);
		assert_noop!(
			Consensus::unconfirm_consensus_data(signed(1), M),
			Error::<Test>::AlreadyUnconfirmed
		);
		assert_ok!(Consensus::submit_consensus_data(signed(1), M, scores(&[(1, 1)])));
		assert_ok!(Consensus::submit_consensus_data(signed(2), M, scores(&[(1, 1)])));
		assert_ok!(Consensus::unconfirm_consensus_data(signed(2), M));
		assert_eq!(participation_counts(), (2, 2));
		assert!(matches!(
			events().last(),
			Some(Event::ConsensusDataUnconfirmed { model: M, uid: 1, epoch: 1 })
		));
		assert_noop!(
			Consensus::unconfirm_consensus_data(signed(9), M),
			Error::<Test>::NotModelPeer
		);
		assert_noop!(
			Consensus::unconfirm_consensus_data(signed(1), 7),
			Error::<Test>::UnknownModel
		);
	});
}

// ---------------------------------------------------------------- consensus

#[test]
fn honest_epoch_forms_consensus_and_splits_rewards_by_score() {
	build_and_execute(|| {
		let peers = [1, 2, 3, 4];
		setup(&peers);
		to_submission_window(1);
		// Everyone agrees: 1 and 2 score 1_000, 3 and 4 score 3_000.
		for &w in &peers {
			assert_ok!(Consensus::submit_consensus_data(
				signed(w),
				M,
				scores(&[(1, 1_000), (2, 1_000), (3, 3_000), (4, 3_000)])
			));
		}
		close_epoch(1);
		let pot_before = pot();
		for (who, score, reward) in
			[(1, 1_000, 125), (2, 1_000, 125), (3, 3_000, 375), (4, 3_000, 375)]
		{
			assert_eq!(
				result_of(who),
				Some(PeerResult { score: Some(score), in_consensus: true, penalties: 0, reward })
			);
			// Credited, not paid: the peer claims it.
			assert_eq!(unclaimed(who), reward);
			assert_eq!(Balances::balance(&who), 10_000 - MIN_STAKE);
		}
		assert_eq!(RewardsOwed::<Test>::get(), 1_000);
		let metagraph = Metagraphs::<Test>::get(M).unwrap();
		assert_eq!(metagraph.epoch, 1);
		let formed: Vec<_> = events().iter().filter_map(consensus_formed).collect();
		assert_eq!(formed, vec![(4, 4, 4, 0, 0, 1_000)]);
		assert!(events().contains(&Event::ConsensusFormed {
			model: M,
			epoch: 1,
			evaluated: 4,
			in_consensus: 4,
			submitters: 4,
			penalties: 0,
			removals: 0,
			reward: 1_000,
			results_hash: sp_io::hashing::blake2_256(&metagraph.results.encode()),
		}));
		assert_eq!(ModelOutcomes::<Test>::get(M), Some((1, EpochOutcome::Formed)));
		assert!(PendingEffects::<Test>::get(M).is_empty(), "the effects were applied");
		assert!(events().contains(&Event::EffectsApplied {
			model: M,
			epoch: 1,
			peers: 4,
			slashed: 0,
			removed: 0
		}));
		for (who, reward) in [(1, 125), (3, 375)] {
			assert_ok!(Consensus::claim_rewards(signed(who), M));
			assert_eq!(Balances::balance(&who), 10_000 - MIN_STAKE + reward);
			assert_eq!(unclaimed(who), 0);
			assert!(events().contains(&Event::RewardsClaimed {
				model: M,
				account: who,
				native: reward,
				payment: 0
			}));
		}
		assert_eq!(pot(), pot_before - 500);
		assert_eq!(RewardsOwed::<Test>::get(), 500);
		assert_noop!(Consensus::claim_rewards(signed(1), M), Error::<Test>::NothingToClaim);
		assert_noop!(Consensus::claim_rewards(signed(9), M), Error::<Test>::NothingToClaim);
	});
}

#[test]
fn out_of_consensus_when_omitted_by_4_of_5() {
	build_and_execute(|| {
		let peers = [1, 2, 3, 4, 5, 6];
		setup(&peers);
		to_submission_window(1);
		// Five submitters; only 1 scores peer 6 (6 is absent too).
		assert_ok!(Consensus::submit_consensus_data(
			signed(1),
			M,
			scores(&[(1, 100), (2, 100), (3, 100), (4, 100), (5, 100), (6, 100)])
		));
		all_score(&[2, 3, 4, 5], &[1, 2, 3, 4, 5], 100);
		let six = uid(6);
		close_epoch(1);
		assert!(!Peers::<Test>::contains_key(M, 6), "6 is out of consensus and removed");
		assert_eq!(
			result_at(six),
			Some(PeerResult { score: None, in_consensus: false, penalties: 1, reward: 0 })
		);
		assert!(events().iter().any(|e| matches!(
			e,
			Event::PeerRemoved { account: 6, reason: RemovalReason::OutOfConsensus, .. }
		)));
		// 1 scored the out peer: penalised.
		assert_eq!(penalties(1), 1);
		assert_eq!(result_of(1).unwrap().penalties, 1);
		// The four who left 6 out are not penalised for it.
		for who in [2, 3, 4, 5] {
			assert_eq!(penalties(who), 0);
		}
	});
}

#[test]
fn in_consensus_when_omitted_by_3_of_4() {
	build_and_execute(|| {
		let peers = [1, 2, 3, 4];
		setup(&peers);
		to_submission_window(1);
		assert_ok!(Consensus::submit_consensus_data(
			signed(1),
			M,
			scores(&[(1, 100), (2, 100), (3, 100), (4, 100)])
		));
		all_score(&[2, 3, 4], &[1, 2, 3], 100);
		close_epoch(1);
		assert!(Peers::<Test>::contains_key(M, 4), "3 of 4 is not more than 75%");
		let result = result_of(4).unwrap();
		assert!(result.in_consensus);
		assert_eq!(result.score, Some(100));
		// 2, 3 and 4 left an in-consensus peer out.
		for who in [2, 3, 4] {
			assert_eq!(penalties(who), 1);
			assert_eq!(result_of(who).unwrap().penalties, 1);
		}
		assert_eq!(penalties(1), 0);
		let formed: Vec<_> = events().iter().filter_map(consensus_formed).collect();
		assert_eq!(formed.first().map(|f| (f.2, f.3, f.4)), Some((4, 3, 0)));
	});
}

#[test]
fn outlier_scores_are_filtered_and_penalised_but_exact_matches_never() {
	build_and_execute(|| {
		let peers: Vec<AccountId> = (1..=8).collect();
		setup(&peers);
		to_submission_window(1);
		// Seven honest scores of 1 for everyone; 8 scores everyone 10_000.
		all_score(&peers[..7], &peers, 1);
		all_score(&[8], &peers, 10_000);
		let eight = uid(8);
		close_epoch(1);
		for who in 1..=7u64 {
			let result = result_of(who).expect("a result for a peer");
			assert_eq!(result.score, Some(1), "the outlier is filtered out of {who}'s score");
		}
		// 8's own score is filtered the same way; its result stays after its removal (below).
		let eight = result_at(eight).expect("8 was evaluated");
		assert_eq!(
			(eight.score, eight.in_consensus, eight.penalties, eight.reward),
			(Some(1), true, 8, 0)
		);
		// Exact matches with a consensus of 1 are never penalised, however small the score.
		for who in 1..=7u64 {
			assert_eq!(penalties(who), 0);
		}
		assert_eq!(penalties(8), 8);
		// 8 was penalised for all 8 evaluated peers (>= 50%): removed from the model.
		assert!(!Peers::<Test>::contains_key(M, 8));
		assert!(events().iter().any(|e| matches!(
			e,
			Event::PeerRemoved { account: 8, reason: RemovalReason::AgainstConsensus, .. }
		)));
	});
}

#[test]
fn absent_peers_are_penalised() {
	build_and_execute(|| {
		let peers = [1, 2, 3, 4];
		setup(&peers);
		to_submission_window(1);
		all_score(&[1, 2, 3], &peers, 50);
		close_epoch(1);
		assert_eq!(penalties(4), 1);
		let result = result_of(4).unwrap();
		assert_eq!((result.in_consensus, result.reward, result.penalties), (true, 0, 1));
	});
}

#[test]
fn skip_reasons() {
	build_and_execute(|| {
		let peers = [1, 2, 3, 4];
		setup(&peers);
		// Epoch 0: the model is not mature.
		close_epoch(0);
		assert!(events().contains(&Event::ModelSkipped {
			model: M,
			epoch: 0,
			reason: SkipReason::NotMature
		}));
		// Epoch 1: only 2 of 4 take part (< 51%): low participation, a model error, no penalties.
		to_submission_window(1);
		all_score(&[1, 2], &peers, 5);
		close_epoch(1);
		assert!(events().contains(&Event::ModelSkipped {
			model: M,
			epoch: 1,
			reason: SkipReason::LowParticipation
		}));
		assert_eq!(Models::<Test>::get(M).unwrap().errors, 1);
		assert_eq!(penalties(3), 0);
		// Epoch 2: 3 of 4 take part, 2 of them unconfirm (>= 51%): skipped, no penalties.
		to_submission_window(2);
		all_score(&[1], &peers, 5);
		assert_ok!(Consensus::unconfirm_consensus_data(signed(2), M));
		assert_ok!(Consensus::unconfirm_consensus_data(signed(3), M));
		close_epoch(2);
		assert!(events().contains(&Event::ModelSkipped {
			model: M,
			epoch: 2,
			reason: SkipReason::Unconfirmed
		}));
		assert_eq!(Models::<Test>::get(M).unwrap().errors, 1);
		assert_eq!(penalties(4), 0);
		assert_eq!(
			ModelOutcomes::<Test>::get(M),
			Some((2, EpochOutcome::Skipped(SkipReason::Unconfirmed)))
		);
		// Epoch 3: 3 of 4 take part but only 1 submits data (1 of 3 unconfirms, below 51%).
		to_submission_window(3);
		all_score(&[1], &peers, 5);
		assert_ok!(Consensus::unconfirm_consensus_data(signed(2), M));
		assert_ok!(Consensus::unconfirm_consensus_data(signed(1), M));
		assert_ok!(Consensus::submit_consensus_data(signed(3), M, scores(&[(1, 5)])));
		close_epoch(3);
		// participants {1,2,3} = 75%, unconfirmers {1,2} = 66% >= 51% -> Unconfirmed again.
		assert!(events().contains(&Event::ModelSkipped {
			model: M,
			epoch: 3,
			reason: SkipReason::Unconfirmed
		}));
		// Epoch 4: 3 take part, 1 unconfirms (33%), 2 submit (50% < 51%): low submissions.
		to_submission_window(4);
		all_score(&[1, 2], &peers, 5);
		assert_ok!(Consensus::unconfirm_consensus_data(signed(3), M));
		close_epoch(4);
		assert!(events().contains(&Event::ModelSkipped {
			model: M,
			epoch: 4,
			reason: SkipReason::LowSubmissions
		}));
		assert_eq!(Models::<Test>::get(M).unwrap().errors, 2);
	});
}

#[test]
fn too_many_penalties_removes_from_every_model_at_its_consensus_and_keeps_the_count() {
	build_and_execute(|| {
		let peers = [1, 2, 3, 4];
		setup(&peers);
		assert_ok!(Consensus::register_model(RuntimeOrigin::root(), bounded(b"models/other")));
		for &p in &peers {
			assert_ok!(Consensus::add_model_peer(signed(p), 1, pid(p), MIN_STAKE));
		}
		AccountPenaltyCount::<Test>::insert(4, 5);
		to_submission_window(1);
		// Model M (closed first): everyone submits. Model 1: 4 is absent.
		all_score(&peers, &peers, 50);
		for w in [1, 2, 3] {
			let entries: Vec<(AccountId, Score)> = peers.iter().map(|p| (*p, 50)).collect();
			assert_ok!(Consensus::submit_consensus_data(signed(w), 1, scores_in(1, &entries)));
		}
		close_epoch(1);
		// Absent in model 1: 6 > 5. It leaves model 1 at once, and M (already closed this
		// epoch) at M's next consensus step; meanwhile it may not submit anywhere.
		assert_eq!(penalties(4), 6);
		assert!(events().contains(&Event::AccountRemoved { account: 4, penalties: 6 }));
		assert!(!Peers::<Test>::contains_key(1, 4));
		assert!(Peers::<Test>::contains_key(M, 4));
		assert!(Leaving::<Test>::get(M).contains(uid(4)));
		let view = Consensus::model_peer_views(M).into_iter().find(|v| v.account == 4).unwrap();
		assert!(view.leaving);
		// Model 1: absent (1% of 100), then the removal (10% of 99): 90 cools down.
		assert_eq!(Unbondings::<Test>::get(1, 4).unwrap().amount, 90);
		assert!(events().contains(&Event::EffectsApplied {
			model: 1,
			epoch: 1,
			peers: 4,
			slashed: 10,
			removed: 1
		}));

		to_submission_window(2);
		assert_noop!(
			Consensus::submit_consensus_data(signed(4), M, scores(&[(4, 50)])),
			Error::<Test>::TooManyPenalties
		);
		all_score(&[1, 2, 3], &peers, 50);
		close_epoch(2);
		assert!(!Peers::<Test>::contains_key(M, 4));
		assert!(AccountModels::<Test>::get(4).is_empty());
		assert!(events().iter().any(|e| matches!(
			e,
			Event::PeerRemoved {
				model: M,
				account: 4,
				reason: RemovalReason::TooManyPenalties,
				release_epoch: 5,
				..
			}
		)));
		assert_eq!(penalties(4), 7, "absent in M too; the count is kept");
		// M: absent (1% of 100), then the removal (10% of 99).
		assert_eq!(Unbondings::<Test>::get(M, 4).unwrap().amount, 90);
		assert_eq!(held(4), 90 + 90, "both stakes cool down");
		assert!(Leaving::<Test>::get(M).is_empty());
	});
}

#[test]
fn honest_epochs_forgive_penalties() {
	build_and_execute(|| {
		let peers = [1, 2, 3];
		setup(&peers);
		AccountPenaltyCount::<Test>::insert(1, 2);
		for e in 1..=3u64 {
			to_submission_window(e);
			all_score(&peers, &peers, 70);
			close_epoch(e);
			if e < 3 {
				assert_eq!(HonestStreak::<Test>::get(1), e as u32);
			}
		}
		assert_eq!(penalties(1), 1, "three honest epochs forgive one penalty");
		assert!(events().contains(&Event::PenaltyForgiven { account: 1, penalties: 1 }));
		assert_eq!(HonestStreak::<Test>::get(1), 0);
		// Accounts with no penalty keep no streak.
		assert!(!HonestStreak::<Test>::contains_key(2));
	});
}

#[test]
fn hook_driven_epochs_over_many_blocks() {
	build_and_execute(|| {
		let peers = [1, 2, 3, 4, 5];
		setup(&peers);
		for e in 1..=6u64 {
			to_submission_window(e);
			all_score(&peers, &peers, 100 * e as u16);
			run_to_block(block_of(e, EPOCH - 1));
		}
		close_epoch(6);
		let formed = events()
			.iter()
			.filter(|e| matches!(e, Event::ConsensusFormed { model: M, .. }))
			.count();
		assert_eq!(formed, 6);
		assert_eq!(Metagraphs::<Test>::get(M).unwrap().epoch, 6);
		assert_eq!(result_of(3).unwrap().score, Some(600));
		// Six epochs of credits add up until claimed.
		assert_eq!(unclaimed(3), 6 * (REWARD / 5));
		assert_ok!(Consensus::claim_rewards(signed(3), M));
		assert_eq!(Balances::balance(&3), 10_000 - MIN_STAKE + 6 * (REWARD / 5));
	});
}

/// Three models of three peers each, all submitting; `budget` per block.
fn three_models_submitted() {
	let peers = [1, 2, 3];
	setup(&peers);
	assert_ok!(Consensus::register_model(RuntimeOrigin::root(), bounded(b"m1")));
	assert_ok!(Consensus::register_model(RuntimeOrigin::root(), bounded(b"m2")));
	for m in [1, 2] {
		for &p in &peers {
			assert_ok!(Consensus::add_model_peer(signed(p), m, pid(p), MIN_STAKE));
		}
	}
	to_submission_window(1);
	for m in [M, 1, 2] {
		for &w in &peers {
			let entries: Vec<(AccountId, Score)> = peers.iter().map(|p| (*p, 10)).collect();
			assert_ok!(Consensus::submit_consensus_data(signed(w), m, scores_in(m, &entries)));
		}
	}
}

#[test]
fn consensus_spreads_over_blocks_when_the_budget_is_small() {
	build_and_execute(|| {
		three_models_submitted();
		// Room for one model's formation per block, and no more.
		let budget = Consensus::model_consensus_weight(M);
		MaxConsensusWeight::set(budget);
		run_to_block(block_of(2, 0) - 1);
		System::set_block_number(block_of(2, 0));
		let first = Consensus::on_initialize(block_of(2, 0));
		assert_eq!(
			ConsensusCursor::<Test>::get(),
			Some(ConsensusProgress { epoch: 1, next_model: 0, stage: ConsensusStage::Effects })
		);
		assert!(first.all_lte(budget.saturating_add(Weight::from_parts(1 << 40, 1 << 40))));
		// Peers and submissions wait while consensus is in progress.
		assert_noop!(
			Consensus::remove_model_peer(signed(1), M),
			Error::<Test>::ConsensusInProgress
		);
		let mut blocks = 1;
		while ConsensusCursor::<Test>::get().is_some() {
			let next = System::block_number() + 1;
			System::set_block_number(next);
			let used = Consensus::on_initialize(next);
			assert!(used.all_lte(budget), "block {next} used {used:?} of {budget:?}");
			blocks += 1;
			assert!(blocks < 20, "the step ends");
		}
		assert!(blocks > 3, "one formation per block, the effects after");
		for m in [M, 1, 2] {
			assert_eq!(ModelOutcomes::<Test>::get(m), Some((1, EpochOutcome::Formed)));
			assert!(PendingEffects::<Test>::get(m).is_empty());
		}
	});
}

/// A step that runs past the peer window refuses submissions the epoch's window would have
/// taken: that epoch is skipped, nobody is penalised as absent and no model error is counted;
/// the next epoch is formed as usual.
#[test]
fn an_epoch_whose_window_the_step_cut_short_is_skipped_without_penalties() {
	build_and_execute(|| {
		three_models_submitted();
		let full = MaxConsensusWeight::get();
		MaxConsensusWeight::set(Consensus::model_consensus_weight(M));
		run_to_block(block_of(2, 0));
		assert_noop!(
			Consensus::submit_consensus_data(signed(1), M, scores(&[(1, 10)])),
			Error::<Test>::ConsensusInProgress
		);
		while ConsensusCursor::<Test>::get().is_some() {
			run_to_block(System::block_number() + 1);
		}
		let ended = System::block_number();
		assert!(ended > block_of(2, WINDOW), "the step ran into the window (block {ended})");
		assert_eq!(CutShortEpoch::<Test>::get(), Some(2));
		MaxConsensusWeight::set(full);
		// Two of three submit in what is left of the window; peer 3 does not.
		all_score(&[1, 2], &[1, 2, 3], 10);
		let errors = Models::<Test>::get(M).unwrap().errors;
		let stake = held(3);
		run_to_block(block_of(3, 0));
		for m in [M, 1, 2] {
			assert_eq!(
				ModelOutcomes::<Test>::get(m),
				Some((2, EpochOutcome::Skipped(SkipReason::WindowCutShort)))
			);
		}
		assert!(events().contains(&Event::ModelSkipped {
			model: M,
			epoch: 2,
			reason: SkipReason::WindowCutShort
		}));
		assert_eq!(penalties(3), 0);
		assert_eq!(held(3), stake);
		assert_eq!(Models::<Test>::get(M).unwrap().errors, errors);
		// Epoch 3: a full window, formed as usual.
		to_submission_window(3);
		all_score(&[1, 2, 3], &[1, 2, 3], 10);
		run_to_block(block_of(4, 0));
		assert_eq!(ModelOutcomes::<Test>::get(M), Some((3, EpochOutcome::Formed)));
		assert_eq!(CutShortEpoch::<Test>::get(), Some(2));
	});
}

/// A step that ends in the peer window takes nothing from the submissions.
#[test]
fn a_step_cuts_into_the_window_only_past_its_first_block() {
	build_and_execute(|| {
		for offset in 0..=WINDOW {
			assert!(!Consensus::step_cut_into_submissions(block_of(2, offset), 1));
		}
		assert!(Consensus::step_cut_into_submissions(block_of(2, WINDOW + 1), 1));
		assert!(Consensus::step_cut_into_submissions(block_of(3, 0), 1));
	});
}

/// `on_initialize` returns exactly the benchmarked weights of what it did: the cursor and model
/// count, each model's formation (as `model_consensus_weight` prices it before), and each
/// batch of effects (the queue's read and write and each effect's weight).
#[test]
fn on_initialize_returns_exactly_the_benchmarked_weight_of_its_work() {
	build_and_execute(|| {
		three_models_submitted();
		AccountPenaltyCount::<Test>::insert(2, 2);
		run_to_block(block_of(2, 0) - 1);
		let db: frame_support::weights::RuntimeDbWeight =
			<<Test as frame_system::Config>::DbWeight as Get<_>>::get();
		let honest = <() as crate::WeightInfo>::apply_honest_effect();
		let mut expected = db.reads(1).saturating_add(db.reads_writes(2, 1));
		for m in [M, 1, 2] {
			expected = expected
				.saturating_add(Consensus::model_consensus_weight(m))
				.saturating_add(db.reads_writes(1, 1))
				.saturating_add(honest.saturating_mul(3));
		}
		// The hook's own `FreeCallsInBlock` reset.
		expected = expected.saturating_add(db.writes(1));
		System::set_block_number(block_of(2, 0));
		assert_eq!(Consensus::on_initialize(block_of(2, 0)), expected);
		assert_eq!(ConsensusCursor::<Test>::get(), None);
		// An honest epoch in each of the three models: three in a row, one penalty forgiven.
		assert_eq!(penalties(2), 1);
		assert_eq!(HonestStreak::<Test>::get(2), 0);
		// Not an epoch boundary: the cursor read and the reset.
		let next = block_of(2, 0) + 1;
		System::set_block_number(next);
		assert_eq!(Consensus::on_initialize(next), db.reads(1).saturating_add(db.writes(1)));
	});
}

#[test]
fn effects_of_a_penalised_and_a_removed_peer_are_charged_by_kind() {
	build_and_execute(|| {
		let honest = Effect { uid: 0, penalties: 0, submitted: true, removal: None };
		let penalised = Effect { uid: 0, penalties: 2, submitted: true, removal: None };
		let out = Effect {
			uid: 0,
			penalties: 0,
			submitted: true,
			removal: Some(RemovalReason::OutOfConsensus),
		};
		let absent_removed = Effect {
			uid: 0,
			penalties: 1,
			submitted: false,
			removal: Some(RemovalReason::TooManyPenalties),
		};
		type W = ();
		use crate::WeightInfo;
		assert_eq!(Consensus::effect_weight(&honest), W::apply_honest_effect());
		assert_eq!(Consensus::effect_weight(&penalised), W::apply_penalty_effect());
		assert_eq!(
			Consensus::effect_weight(&out),
			W::apply_honest_effect().saturating_add(W::apply_removal_effect())
		);
		assert_eq!(Consensus::effect_weight(&absent_removed), W::apply_penalty_effect());
	});
}

#[test]
fn runtime_api_views() {
	build_and_execute(|| {
		let peers = [1, 2, 3];
		setup(&peers);
		assert_eq!(Consensus::submit_status(M, &1), SubmitStatus::Denied(b"InPeerWindow".to_vec()));
		run_to_block(block_of(0, WINDOW));
		assert_eq!(
			Consensus::submit_status(M, &1),
			SubmitStatus::Denied(b"ModelNotMature".to_vec())
		);
		to_submission_window(1);
		assert_eq!(Consensus::submit_status(M, &1), SubmitStatus::Allowed);
		assert_eq!(Consensus::submit_status(M, &9), SubmitStatus::Denied(b"NotModelPeer".to_vec()));
		assert_eq!(Consensus::participation_view(M, &1), ParticipationView::default());
		all_score(&peers, &peers, 10);
		assert!(Consensus::participation_view(M, &1).submitted);
		assert!(!Consensus::participation_view(M, &9).submitted);
		close_epoch(1);
		let views = Consensus::model_peer_views(M);
		assert_eq!(views.iter().map(|v| v.uid).collect::<Vec<_>>(), vec![0, 1, 2]);
		for view in &views {
			assert_eq!(view.stake, MIN_STAKE);
			assert_eq!(view.peer_id, pid(view.account).into_inner());
			let (epoch, result) = view.result.unwrap();
			assert_eq!((epoch, result.score), (1, Some(10)));
			assert_eq!(view.unclaimed.native, REWARD / 3);
			assert!(!view.leaving);
		}
		// A peer that joins under a freed uid does not inherit the old peer's result.
		run_to_block(block_of(2, 0));
		assert_ok!(Consensus::remove_model_peer(signed(1), M));
		assert_ok!(Consensus::add_model_peer(signed(5), M, pid(5), MIN_STAKE));
		let newcomer = Consensus::model_peer_views(M).into_iter().find(|v| v.account == 5).unwrap();
		assert_eq!((newcomer.uid, newcomer.result, newcomer.unclaimed), (0, None, Owed::default()));
		// The leaver's credit waits in LeftRewards.
		assert_eq!(LeftRewards::<Test>::get(M, 1), Some(Owed { native: REWARD / 3, payment: 0 }));
		assert!(Consensus::model_peer_views(9).is_empty());
	});
}

#[test]
fn integrity_test_accepts_the_mock() {
	new_test_ext().execute_with(Consensus::check_config);
}

// ---------------------------------------------------------------- slashing and the reward pot

fn pot() -> Balance {
	Balances::balance(&Consensus::reward_pot())
}

#[test]
fn rewards_come_from_the_pot_and_nothing_is_minted() {
	build_and_execute(|| {
		let issuance = Balances::total_issuance();
		let peers = [1, 2, 3, 4];
		setup(&peers);
		to_submission_window(1);
		all_score(&peers, &peers, 1_000);
		close_epoch(1);
		assert_eq!(pot(), POT_ENDOWMENT, "credited, still in the pot");
		assert_eq!(RewardsOwed::<Test>::get(), REWARD);
		for who in peers {
			assert_ok!(Consensus::claim_rewards(signed(who), M));
			assert_eq!(Balances::balance(&who), 10_000 - MIN_STAKE + REWARD / 4);
		}
		assert_eq!(pot(), POT_ENDOWMENT - REWARD, "the pot paid the epoch's reward");
		assert_eq!(RewardsOwed::<Test>::get(), 0);
		assert_eq!(Balances::total_issuance(), issuance, "rewards move tokens, never mint them");
	});
}

#[test]
fn an_empty_pot_pays_nothing_and_says_so() {
	build_and_execute(|| {
		// Leave the pot only its existential deposit.
		Balances::set_balance(&Consensus::reward_pot(), 1);
		let issuance = Balances::total_issuance();
		let peers = [1, 2, 3, 4];
		setup(&peers);
		to_submission_window(1);
		all_score(&peers, &peers, 1_000);
		close_epoch(1);
		assert!(events().contains(&Event::RewardPotEmpty { model: M, epoch: 1 }));
		for who in peers {
			assert_eq!(unclaimed(who), 0);
			assert_eq!(result_of(who).unwrap().reward, 0);
			assert_noop!(Consensus::claim_rewards(signed(who), M), Error::<Test>::NothingToClaim);
		}
		assert_eq!(pot(), 1);
		assert_eq!(Balances::total_issuance(), issuance);
	});
}

#[test]
fn a_small_pot_credits_what_is_free_of_earlier_credits() {
	build_and_execute(|| {
		// 401 in the pot: 400 can go, 1 stays as its existential deposit.
		Balances::set_balance(&Consensus::reward_pot(), 401);
		let peers = [1, 2, 3, 4];
		setup(&peers);
		to_submission_window(1);
		all_score(&peers, &peers, 1_000);
		close_epoch(1);
		assert_eq!(RewardsOwed::<Test>::get(), 400);
		// Nothing is free for epoch 2 until something comes in: the credits are reserved.
		to_submission_window(2);
		all_score(&peers, &peers, 1_000);
		close_epoch(2);
		assert!(events().contains(&Event::RewardPotEmpty { model: M, epoch: 2 }));
		assert_eq!(RewardsOwed::<Test>::get(), 400);
		for who in peers {
			assert_ok!(Consensus::claim_rewards(signed(who), M));
		}
		assert_eq!(pot(), 1);
	});
}

#[test]
fn penalties_slash_stake_into_the_pot() {
	build_and_execute(|| {
		let issuance = Balances::total_issuance();
		let peers = [1, 2, 3, 4];
		setup(&peers);
		to_submission_window(1);
		// 4 is absent: one penalty, 1% of its 100.
		all_score(&[1, 2, 3], &peers, 1_000);
		close_epoch(1);
		assert_eq!(penalties(4), 1);
		assert_eq!(Peers::<Test>::get(M, 4).unwrap().stake, MIN_STAKE - 1);
		assert_eq!(held(4), MIN_STAKE - 1);
		assert!(events().contains(&Event::EffectsApplied {
			model: M,
			epoch: 1,
			peers: 4,
			slashed: 1,
			removed: 0
		}));
		// The pot got the slash; the three in-consensus submitters are credited 333 each (the
		// rounding rest stays free in the pot).
		assert_eq!(pot(), POT_ENDOWMENT + 1);
		assert_eq!(RewardsOwed::<Test>::get(), 3 * 333);
		assert_eq!(Balances::total_issuance(), issuance, "slashes move tokens, never burn them");
	});
}

#[test]
fn removal_by_consensus_slashes_leaving_does_not() {
	build_and_execute(|| {
		let peers = [1, 2, 3, 4, 5];
		setup(&peers);
		to_submission_window(1);
		// Nobody but 5 scores 5: out of consensus and removed. Scoring itself is a penalty (1%
		// of 100), then the removal slashes 10% of the 99 left (9, rounded down).
		all_score(&[1, 2, 3, 4], &[1, 2, 3, 4], 1_000);
		assert_ok!(Consensus::submit_consensus_data(
			signed(5),
			M,
			scores(&[(1, 1_000), (2, 1_000), (3, 1_000), (4, 1_000), (5, 1_000)])
		));
		close_epoch(1);
		assert!(!Peers::<Test>::contains_key(M, 5));
		assert_eq!(Unbondings::<Test>::get(M, 5).unwrap().amount, 90);
		assert_eq!(held(5), 90);
		assert!(events().contains(&Event::EffectsApplied {
			model: M,
			epoch: 1,
			peers: 5,
			slashed: 10,
			removed: 1
		}));

		// 1 leaves of its own accord in the next peer window: its whole stake cools down, and
		// its credit waits for it.
		run_to_block(block_of(2, 0));
		let before = Peers::<Test>::get(M, 1).unwrap().stake;
		let credit = unclaimed(1);
		assert!(credit > 0);
		assert_ok!(Consensus::remove_model_peer(signed(1), M));
		assert_eq!(Unbondings::<Test>::get(M, 1).unwrap().amount, before);
		assert_eq!(held(1), before);
		assert_eq!(LeftRewards::<Test>::get(M, 1).map(|o| o.native), Some(credit));
		// The release pays it.
		run_to_block(block_of(4, 0));
		let balance = Balances::balance(&1);
		assert_ok!(Consensus::release_stake(signed(1), M));
		assert_eq!(Balances::balance(&1), balance + before + credit);
		assert!(!LeftRewards::<Test>::contains_key(M, 1));
	});
}

#[test]
fn penalty_records_go_with_the_last_stake() {
	build_and_execute(|| {
		let peers = [1, 2, 3, 4];
		setup(&peers);
		to_submission_window(1);
		all_score(&[1, 2, 3], &peers, 1_000);
		close_epoch(1);
		assert_eq!(penalties(4), 1);
		// Leaving keeps the count while the stake cools down...
		run_to_block(block_of(2, 0));
		assert_ok!(Consensus::remove_model_peer(signed(4), M));
		assert_eq!(penalties(4), 1);
		// ... and forgets it with the released stake.
		run_to_block(block_of(4, 0));
		assert_ok!(Consensus::release_stake(signed(4), M));
		assert!(!AccountPenaltyCount::<Test>::contains_key(4));
		assert!(!HonestStreak::<Test>::contains_key(4));
		assert_eq!(held(4), 0);
	});
}

/// Hypertensor-style scale check: any model size from 0 to `MaxModelPeers` forms (or skips)
/// without a panic, and the invariants hold.
#[test]
fn no_panic_for_any_model_size_up_to_max() {
	for n in [0u64, 1, 2, 3, 4, 5, 16, 63, 64, 65, 255, 256, 1023, MAX_PEERS as u64] {
		build_and_execute(|| {
			let peers: Vec<AccountId> = (1..=n).collect();
			for &p in &peers {
				Balances::set_balance(&p, 10_000);
			}
			setup(&peers);
			to_submission_window(1);
			let full: Vec<PeerScore> =
				(0..n).map(|u| PeerScore { uid: u as Uid, score: 500 }).collect();
			for &p in &peers {
				let submitted = Consensus::submit_consensus_data(
					signed(p),
					M,
					BoundedVec::truncate_from(full.clone()),
				);
				if n >= 3 {
					assert_ok!(submitted);
				} else {
					assert_noop!(submitted, Error::<Test>::NotEnoughEligiblePeers);
				}
			}
			close_epoch(1);
			let outcome = ModelOutcomes::<Test>::get(M).map(|(_, o)| o);
			if n >= 3 {
				assert_eq!(outcome, Some(EpochOutcome::Formed), "n = {n}");
				assert_eq!(
					Metagraphs::<Test>::get(M).unwrap().results.iter().flatten().count() as u64,
					n
				);
			} else {
				assert_eq!(outcome, Some(EpochOutcome::Skipped(SkipReason::NotMature)), "n = {n}");
			}
		});
	}
}

// ---------------------------------------------------------------- the free-call extension

mod free_calls {
	use super::*;
	use crate::extension::CheckConsensusSubmission;
	use frame_support::{dispatch::GetDispatchInfo, pallet_prelude::TransactionSource};
	use sp_runtime::{
		traits::{TransactionExtension, TxBaseImplication},
		transaction_validity::{InvalidTransaction, TransactionValidityError},
	};

	fn submit_call(entries: &[(AccountId, Score)]) -> RuntimeCall {
		RuntimeCall::Consensus(crate::Call::submit_consensus_data {
			model: M,
			data: scores(entries),
		})
	}

	fn unconfirm_call() -> RuntimeCall {
		RuntimeCall::Consensus(crate::Call::unconfirm_consensus_data { model: M })
	}

	/// What the extension says of `call` from `who`, as the pool would ask it.
	fn check(who: AccountId, call: &RuntimeCall) -> Result<Vec<Vec<u8>>, TransactionValidityError> {
		CheckConsensusSubmission::<Test>::new()
			.validate(
				signed(who),
				call,
				&call.get_dispatch_info(),
				0,
				(),
				&TxBaseImplication(()),
				TransactionSource::External,
			)
			.map(|(valid, _, _)| valid.provides)
	}

	/// The refusal for a call that would fail with `error`.
	fn refused(error: Error<Test>) -> Result<Vec<Vec<u8>>, TransactionValidityError> {
		let DispatchError::Module(module) = DispatchError::from(error) else { unreachable!() };
		Err(InvalidTransaction::Custom(module.error[0]).into())
	}

	fn prepare(who: AccountId, call: &RuntimeCall) -> Result<(), TransactionValidityError> {
		let info = call.get_dispatch_info();
		let ext = CheckConsensusSubmission::<Test>::new();
		let (_, val, origin) = ext.validate(
			signed(who),
			call,
			&info,
			0,
			(),
			&TxBaseImplication(()),
			TransactionSource::InBlock,
		)?;
		ext.prepare(val, &origin, call, &info, 0)
	}

	#[test]
	fn free_calls_are_free_only_for_valid_first_calls() {
		build_and_execute(|| {
			let peers = [1, 2, 3, 4];
			setup(&peers);
			let call = submit_call(&[(1, 500), (2, 500)]);
			assert_eq!(call.get_dispatch_info().pays_fee, Pays::No);
			// In the peer window nobody submits; an account that is no peer never does.
			assert_eq!(check(1, &call), refused(Error::<Test>::InPeerWindow));
			to_submission_window(1);
			assert_eq!(check(9, &call), refused(Error::<Test>::NotModelPeer));
			assert_eq!(check(9, &unconfirm_call()), refused(Error::<Test>::NotModelPeer));
			assert_eq!(check(1, &submit_call(&[(1, 0)])), refused(Error::<Test>::ScoreOutOfRange));
			// A valid first submission passes, tagged once per peer, model and epoch.
			let tags = check(1, &call).unwrap();
			assert_eq!(tags.len(), 1);
			assert_eq!(check(1, &call).unwrap(), tags, "the same tag: the pool keeps one");
			assert_ne!(check(2, &call).unwrap(), tags);
			assert_ok!(Consensus::submit_consensus_data(signed(1), M, scores(&[(1, 500)])));
			assert_eq!(check(1, &call), refused(Error::<Test>::AlreadySubmitted));
			// Unconfirming is a different call: allowed once.
			assert!(check(1, &unconfirm_call()).is_ok());
			assert_ok!(Consensus::unconfirm_consensus_data(signed(1), M));
			assert_eq!(check(1, &unconfirm_call()), refused(Error::<Test>::AlreadyUnconfirmed));
			// An account over the penalty limit may not.
			AccountPenaltyCount::<Test>::insert(2, 6);
			assert_eq!(check(2, &call), refused(Error::<Test>::TooManyPenalties));
		});
	}

	#[test]
	fn other_calls_pass_untouched() {
		build_and_execute(|| {
			let call = RuntimeCall::Consensus(crate::Call::release_stake { model: M });
			assert_eq!(check(9, &call), Ok(vec![]));
			assert_eq!(prepare(9, &call), Ok(()));
			assert_eq!(FreeCallsInBlock::<Test>::get(), 0);
		});
	}

	#[test]
	fn a_block_takes_at_most_max_free_calls() {
		build_and_execute(|| {
			let peers = [1, 2, 3, 4];
			setup(&peers);
			to_submission_window(1);
			for who in [1, 2, 3] {
				assert_eq!(prepare(who, &submit_call(&[(1, 500)])), Ok(()));
			}
			assert_eq!(FreeCallsInBlock::<Test>::get(), MAX_FREE_CALLS);
			assert_eq!(
				prepare(4, &submit_call(&[(1, 500)])),
				Err(InvalidTransaction::ExhaustsResources.into())
			);
			// The next block takes it.
			run_to_block(System::block_number() + 1);
			assert_eq!(FreeCallsInBlock::<Test>::get(), 0);
			assert_eq!(prepare(4, &submit_call(&[(1, 500)])), Ok(()));
		});
	}
}

/// Model funding by communities, in the payment asset.
mod funding {
	use super::*;
	use frame_support::traits::fungibles::{Inspect as _, Mutate as _};

	/// Community 7 funds model `M` with `amount` over `epochs` epochs (the money first goes to
	/// the funding account, as pallet-voting's close does).
	fn fund(amount: Balance, epochs: u32) {
		assert_ok!(Assets::mint_into(PAYMENT, &Consensus::funding_account(M), amount));
		assert_ok!(Consensus::add_funding(M, 7, amount, epochs));
	}

	fn payment_of(who: AccountId) -> Balance {
		Assets::balance(PAYMENT, who)
	}

	/// The payment credited to peer `who` of `M` and not claimed yet.
	fn owed_payment(who: AccountId) -> Balance {
		UnclaimedRewards::<Test>::get(M)
			.get(usize::from(uid(who)))
			.map(|owed| owed.payment)
			.unwrap_or(0)
	}

	#[test]
	fn a_claim_below_the_minimum_balance_waits() {
		build_and_execute(|| {
			let peers = [1, 2, 3, 4];
			setup(&peers);
			// 4 units over 1 epoch: 1 each, below the asset's minimum balance of 2.
			fund(4, 1);
			Balances::set_balance(&Consensus::reward_pot(), 1);
			to_submission_window(1);
			all_score(&peers, &peers, 1_000);
			close_epoch(1);
			assert_eq!(owed_payment(1), 1);
			assert_noop!(Consensus::claim_rewards(signed(1), M), Error::<Test>::NothingToClaim);
			assert_eq!(owed_payment(1), 1, "still owed");
			// Once 1 holds the asset, the claim goes through.
			assert_ok!(Assets::mint_into(PAYMENT, &1, MIN_PAYMENT));
			assert_ok!(Consensus::claim_rewards(signed(1), M));
			assert_eq!(payment_of(1), MIN_PAYMENT + 1);
			assert_eq!(owed_payment(1), 0);
		});
	}

	#[test]
	fn a_funding_pays_its_part_per_formed_epoch_by_score() {
		build_and_execute(|| {
			let peers = [1, 2, 3, 4];
			setup(&peers);
			fund(800, 2);
			assert!(events().contains(&Event::ModelFunded {
				model: M,
				community: 7,
				amount: 800,
				epochs: 2
			}));
			let issuance = Assets::total_issuance(PAYMENT);
			to_submission_window(1);
			for &w in &peers {
				assert_ok!(Consensus::submit_consensus_data(
					signed(w),
					M,
					scores(&[(1, 1_000), (2, 1_000), (3, 3_000), (4, 3_000)])
				));
			}
			close_epoch(1);
			// Half of it this epoch, split 1:1:3:3, credited until claimed.
			assert_eq!(
				[1, 2, 3, 4].map(owed_payment),
				[50, 50, 150, 150],
				"by consensus score, like the native reward"
			);
			assert_eq!([1, 2, 3, 4].map(payment_of), [0, 0, 0, 0]);
			assert!(events().contains(&Event::FundingCredited {
				model: M,
				epoch: 1,
				community: 7,
				total: 400,
				recipients: 4
			}));
			let view = Consensus::funding_view(M);
			assert_eq!(
				view.fundings,
				vec![ModelFunding { community: 7, remaining: 400, epochs_left: 1 }]
			);
			assert_eq!(view.balance, 800, "the credits stay in the funding account");

			// The second (last) epoch credits the rest and the funding ends.
			to_submission_window(2);
			all_score(&peers, &peers, 1_000);
			close_epoch(2);
			assert_eq!([1, 2, 3, 4].map(owed_payment), [150, 150, 250, 250]);
			for who in peers {
				assert_ok!(Consensus::claim_rewards(signed(who), M));
			}
			assert_eq!([1, 2, 3, 4].map(payment_of), [150, 150, 250, 250]);
			assert_eq!([1, 2, 3, 4].map(owed_payment), [0, 0, 0, 0]);
			assert!(ModelFundings::<Test>::get(M).is_empty());
			assert_eq!(Assets::total_issuance(PAYMENT), issuance, "paid, never minted");
		});
	}

	#[test]
	fn only_submitters_in_consensus_are_paid_and_the_unpaid_part_carries_over() {
		build_and_execute(|| {
			let peers = [1, 2, 3, 4];
			setup(&peers);
			fund(900, 3);
			// Epoch 1: nobody submits, the model skips the epoch: nothing is paid or counted.
			close_epoch(1);
			assert_eq!(ModelFundings::<Test>::get(M)[0].epochs_left, 3);
			// Epoch 2: 4 does not submit: only the submitters in consensus, 1, 2 and 3, are paid.
			to_submission_window(2);
			all_score(&[1, 2, 3], &peers, 1_000);
			close_epoch(2);
			assert_eq!(owed_payment(4), 0, "no submission: nothing");
			assert_eq!([1, 2, 3].map(owed_payment), [100, 100, 100]);
			let left = ModelFundings::<Test>::get(M)[0];
			assert_eq!((left.remaining, left.epochs_left), (600, 2));
		});
	}

	#[test]
	fn a_remainder_goes_back_to_the_community() {
		build_and_execute(|| {
			setup(&[1, 2, 3, 4]);
			fund(500, 1);
			let pot = 50;
			assert_eq!(Consensus::withdraw_funding(M, 7, &pot), Ok(500));
			assert_eq!(payment_of(pot), 500);
			assert!(events().contains(&Event::FundingReturned {
				model: M,
				community: 7,
				amount: 500
			}));
			assert!(ModelFundings::<Test>::get(M).is_empty());
			assert_noop!(Consensus::withdraw_funding(M, 7, &pot), Error::<Test>::NoFunding);
		});
	}

	#[test]
	fn funding_errors() {
		build_and_execute(|| {
			setup(&[1, 2, 3, 4]);
			assert_noop!(Consensus::add_funding(9, 7, 10, 1), Error::<Test>::UnknownModel);
			assert_noop!(Consensus::add_funding(M, 7, 10, 0), Error::<Test>::ZeroFundingEpochs);
			assert_noop!(Consensus::add_funding(M, 7, 0, 1), Error::<Test>::ZeroFundingAmount);
			fund(10, 1);
			// The same community adds to its funding; another one takes the second place.
			fund(10, 3);
			assert_eq!(
				ModelFundings::<Test>::get(M).into_inner(),
				vec![ModelFunding { community: 7, remaining: 20, epochs_left: 3 }]
			);
			assert_ok!(Assets::mint_into(PAYMENT, &Consensus::funding_account(M), 20));
			assert_ok!(Consensus::add_funding(M, 8, 10, 1));
			assert_noop!(Consensus::add_funding(M, 9, 10, 1), Error::<Test>::TooManyFundings);
			assert_eq!(ModelFundings::<Test>::get(M).len() as u32, MAX_FUNDINGS);
		});
	}
}

// ---------------------------------------------------------------- migration

/// A populated v0 state (a model of four peers in epoch 1's submission window: two
/// submissions by peer id, one of them scoring a peer that left, an unconfirm, epoch 0's
/// results, an account over the penalty limit) migrates to v1 with nothing lost: uids in
/// storage order, rows by uid sorted and tagged with the open epoch, the participation bits,
/// one metagraph, a leave mark; the v0 items are gone, the checks of `post_upgrade` pass, and
/// the epoch then closes on the migrated rows. A second run does nothing.
#[test]
fn migration_v0_to_v1_keeps_a_populated_state() {
	use crate::migrations::{v0, v1};
	use frame_support::traits::{
		fungible::MutateHold, GetStorageVersion, OnRuntimeUpgrade, StorageVersion,
	};
	build_and_execute(|| {
		let peers: [AccountId; 4] = [1, 2, 3, 4];
		StorageVersion::new(0).put::<Consensus>();
		let path: PathOf<Test> = bounded(b"models/llm-7b");
		v0::Models::<Test>::insert(
			M,
			v0::Model { path: path.clone(), registered_epoch: 0, peer_count: 4, errors: 1 },
		);
		ModelPaths::<Test>::insert(&path, M);
		NextModelId::<Test>::put(1);
		for &p in &peers {
			v0::Peers::<Test>::insert(
				M,
				p,
				v0::Peer { peer_id: pid(p), stake: MIN_STAKE, joined_epoch: 0 },
			);
			PeerAccounts::<Test>::insert(M, pid(p), p);
			AccountModels::<Test>::insert(p, BoundedVec::<ModelId, _>::truncate_from(vec![M]));
			assert_ok!(<Balances as MutateHold<_>>::hold(
				&RuntimeHoldReason::Consensus(HoldReason::PeerStake),
				&p,
				MIN_STAKE
			));
			v0::ConsensusResults::<Test>::insert(
				M,
				p,
				v0::PeerResult {
					epoch: 0,
					score: Some(5_000 + p as u32),
					in_consensus: true,
					penalties: 0,
					reward: 10,
				},
			);
		}
		// A result of a peer that left: dropped.
		v0::ConsensusResults::<Test>::insert(
			M,
			9,
			v0::PeerResult { epoch: 0, score: None, in_consensus: false, penalties: 1, reward: 0 },
		);
		// Rows by peer id, in reverse order, one entry for the peer that left.
		let row: Vec<v0::ModelPeerData<PeerIdOf<Test>>> = [9, 4, 3, 2, 1]
			.into_iter()
			.map(|p| v0::ModelPeerData { peer_id: pid(p), score: 6_000 })
			.collect();
		for submitter in [1, 2] {
			v0::Submissions::<Test>::insert(M, submitter, BoundedVec::truncate_from(row.clone()));
		}
		v0::Unconfirms::<Test>::insert(M, 3, ());
		v0::EpochParticipation::<Test>::insert(M, (3, 2));
		AccountPenaltyCount::<Test>::insert(4, 6);
		System::set_block_number(block_of(1, WINDOW + 1));

		let before = v1::InnerMigrateToV1::<Test>::v0_counts();
		assert_eq!(
			before,
			v1::Counts { models: 1, peers: 4, scores: 8, participants: 3 },
			"the peer that left is not counted"
		);
		v1::MigrateToV1::<Test>::on_runtime_upgrade();
		assert_eq!(Consensus::on_chain_storage_version(), StorageVersion::new(1));
		assert_ok!(v1::InnerMigrateToV1::<Test>::check(before));

		// Uids 0..4, each peer's uid and key agreeing.
		let mut uids: Vec<Uid> = peers.iter().map(|p| uid(*p)).collect();
		for &p in &peers {
			assert_eq!(Keys::<Test>::get(M, uid(p)), Some(p));
			assert_eq!(
				Peers::<Test>::get(M, p).map(|peer| (peer.stake, peer.peer_id)),
				Some((MIN_STAKE, pid(p)))
			);
		}
		uids.sort();
		assert_eq!(uids, vec![0, 1, 2, 3]);
		assert_eq!(Roster::<Test>::get(M).into_inner(), vec![Some(0); 4]);
		let model = Models::<Test>::get(M).expect("migrated");
		assert_eq!((model.peer_count, model.uids, model.errors), (4, 4, 1));
		assert_eq!(model.path, path);
		// Rows sorted by uid, the departed peer's entry dropped, tagged with epoch 1.
		let mut sorted: Vec<Uid> = uids.clone();
		sorted.sort();
		for submitter in [1, 2] {
			let row = Submissions::<Test>::get(M, uid(submitter)).expect("a row");
			assert_eq!(row.epoch, 1);
			assert_eq!(row.scores.iter().map(|e| e.uid).collect::<Vec<_>>(), sorted);
			assert!(row.scores.iter().all(|e| e.score == 6_000));
		}
		let participation = Participants::<Test>::get(M).expect("participation");
		assert_eq!(participation.epoch, 1);
		assert_eq!(participation.entries, 8);
		assert!(
			participation.submitted.contains(uid(1)) && participation.submitted.contains(uid(2))
		);
		assert_eq!((participation.submitted.len(), participation.unconfirmed.len()), (2, 1));
		assert!(participation.unconfirmed.contains(uid(3)));
		// One metagraph of epoch 0 for the four peers.
		let metagraph = Metagraphs::<Test>::get(M).expect("a metagraph");
		assert_eq!(metagraph.epoch, 0);
		for &p in &peers {
			let result = result_of(p).expect("a result");
			assert_eq!(
				(result.score, result.in_consensus, result.reward),
				(Some(5_000 + p as u16), true, 10)
			);
		}
		// The account over the limit leaves at the next step.
		assert!(Leaving::<Test>::get(M).contains(uid(4)));
		// The v0 items are gone.
		assert!(v0::ConsensusResults::<Test>::iter_keys().next().is_none());
		assert!(v0::Unconfirms::<Test>::iter_keys().next().is_none());
		assert!(!v0::EpochParticipation::<Test>::contains_key(M));

		// A second run is a no-op.
		let snapshot = Submissions::<Test>::iter().count();
		v1::MigrateToV1::<Test>::on_runtime_upgrade();
		assert_eq!(Submissions::<Test>::iter().count(), snapshot);
		assert_eq!(Models::<Test>::get(M), Some(model));

		// The epoch goes on: peer 3 submits as well, and epoch 1 closes on the migrated rows.
		assert_ok!(Consensus::submit_consensus_data(
			signed(3),
			M,
			scores(&[(1, 6_000), (2, 6_000), (3, 6_000), (4, 6_000)])
		));
		close_epoch(1);
		run_to_block(block_of(2, 3));
		assert_eq!(ModelOutcomes::<Test>::get(M), Some((1, EpochOutcome::Formed)));
		assert_eq!(Peers::<Test>::get(M, 4), None, "the account over the limit left");
		assert_eq!(Models::<Test>::get(M).map(|m| m.peer_count), Some(3));
		for p in [1, 2, 3] {
			assert!(unclaimed(p) > 0, "submitter {p} is credited");
		}
	});
}
