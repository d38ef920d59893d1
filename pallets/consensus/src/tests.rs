//! Unit tests: every call's success and error paths, the submission window, maturity gates,
//! threshold edges, penalties, removals, rewards and hook-driven epochs. Each test ends with
//! `do_try_state`.

use crate::{mock::*, pallet::*, types::*, Error, Event};
use codec::{Decode, Encode};
use frame_support::{
	assert_noop, assert_ok,
	dispatch::Pays,
	traits::fungible::{Inspect, InspectHold, Mutate},
	traits::{ConstU32, PalletInfoAccess},
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

fn scores(entries: &[(AccountId, Score)]) -> ScoresOf<Test> {
	let v: Vec<ModelPeerData<_>> = entries
		.iter()
		.map(|(who, score)| ModelPeerData { peer_id: pid(*who), score: *score })
		.collect();
	BoundedVec::try_from(v).unwrap()
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
		assert_eq!((peer.stake, peer.joined_epoch), (250, 0));
		assert_eq!(held(1), 250);
		assert_eq!(Balances::balance(&1), 10_000 - 250);
		assert_eq!(PeerAccounts::<Test>::get(M, pid(1)), Some(1));
		assert_eq!(Models::<Test>::get(M).unwrap().peer_count, 1);
		assert_eq!(AccountModels::<Test>::get(1).into_inner(), vec![M]);
		assert!(matches!(
			events().last(),
			Some(Event::PeerAdded { model: M, account: 1, stake: 250, .. })
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
		for p in 1..=MAX_PEERS as u64 {
			assert_ok!(Consensus::add_model_peer(signed(p), M, pid(p), MIN_STAKE));
		}
		assert_noop!(
			Consensus::add_model_peer(signed(70), M, pid(70), MIN_STAKE),
			Error::<Test>::TooManyPeers
		);
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
				account: 1,
				reason: RemovalReason::Left,
				release_epoch: 2
			})
		));
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
fn submit_works_is_free_and_skips_unknown_peer_ids() {
	build_and_execute(|| {
		setup(&[1, 2, 3]);
		to_submission_window(1);
		let mut data = scores(&[(1, 500), (2, 600)]);
		data.try_push(ModelPeerData { peer_id: bounded(b"stranger"), score: 10 })
			.unwrap();
		let info = Consensus::submit_consensus_data(signed(1), M, data).unwrap();
		assert_eq!(info.pays_fee, Pays::No);
		let stored = Submissions::<Test>::get(M, 1).unwrap();
		assert_eq!(stored.len(), 2, "the unknown peer id was skipped");
		assert_eq!(EpochParticipation::<Test>::get(M), (1, 0));
		assert!(matches!(
			events().last(),
			Some(Event::ConsensusDataSubmitted { model: M, account: 1, epoch: 1, entries: 2 })
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
			Consensus::submit_consensus_data(
				signed(1),
				M,
				scores(&[(1, 1), (2, 1), (3, 1), (4, 1)])
			),
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
			Consensus::submit_consensus_data(signed(1), M, scores(&[(1, 5), (1, 6)])),
			Error::<Test>::DuplicatePeerId
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
		ConsensusCursor::<Test>::put(ConsensusProgress { epoch: 0, next_model: 0 });
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
		assert_eq!(Submissions::<Test>::iter_prefix(M).count(), 0, "epoch 1 data was cleared");
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
		assert_eq!(EpochParticipation::<Test>::get(M), (2, 2));
		assert!(matches!(
			events().last(),
			Some(Event::ConsensusDataUnconfirmed { model: M, account: 2, epoch: 1 })
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
		for (who, score, reward) in
			[(1, 1_000, 125), (2, 1_000, 125), (3, 3_000, 375), (4, 3_000, 375)]
		{
			assert_eq!(
				ConsensusResults::<Test>::get(M, who),
				Some(PeerResult {
					epoch: 1,
					score: Some(score),
					in_consensus: true,
					penalties: 0,
					reward
				})
			);
			assert_eq!(Balances::balance(&who), 10_000 - MIN_STAKE + reward);
		}
		assert!(events().contains(&Event::ConsensusFormed {
			model: M,
			epoch: 1,
			evaluated: 4,
			in_consensus: 4,
			submitters: 4
		}));
		assert!(events().contains(&Event::RewardsPaid {
			model: M,
			epoch: 1,
			total: 1_000,
			recipients: 4
		}));
		assert_eq!(ModelOutcomes::<Test>::get(M), Some((1, EpochOutcome::Formed)));
		assert!(Submissions::<Test>::iter_prefix(M).next().is_none());
		assert_eq!(EpochParticipation::<Test>::get(M), (0, 0));
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
		close_epoch(1);
		assert!(!Peers::<Test>::contains_key(M, 6), "6 is out of consensus and removed");
		assert_eq!(
			ConsensusResults::<Test>::get(M, 6),
			Some(PeerResult {
				epoch: 1,
				score: None,
				in_consensus: false,
				penalties: 1,
				reward: 0
			})
		);
		assert!(events().contains(&Event::PeerOutOfConsensus { model: M, account: 6, epoch: 1 }));
		assert!(events().contains(&Event::PeerPenalized {
			model: M,
			account: 1,
			reason: PenaltyReason::ScoredOutOfConsensusPeer,
			penalties: 1
		}));
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
		let result = ConsensusResults::<Test>::get(M, 4).unwrap();
		assert!(result.in_consensus);
		assert_eq!(result.score, Some(100));
		// 2, 3 and 4 left an in-consensus peer out.
		for who in [2, 3, 4] {
			assert_eq!(penalties(who), 1);
			assert!(events().contains(&Event::PeerPenalized {
				model: M,
				account: who,
				reason: PenaltyReason::OmittedInConsensusPeer,
				penalties: 1
			}));
		}
		assert_eq!(penalties(1), 0);
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
		close_epoch(1);
		for who in 1..=7u64 {
			let result = ConsensusResults::<Test>::get(M, who).expect("a result for a peer");
			assert_eq!(result.score, Some(1), "the outlier is filtered out of {who}'s score");
		}
		// 8's own score is filtered the same way; its result stays after its removal (below).
		let eight = ConsensusResults::<Test>::get(M, 8).expect("8 was evaluated");
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
		assert!(events().contains(&Event::PeerPenalized {
			model: M,
			account: 4,
			reason: PenaltyReason::Absent,
			penalties: 1
		}));
		let result = ConsensusResults::<Test>::get(M, 4).unwrap();
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
		assert_ok!(Consensus::add_model_peer(signed(4), 1, pid(4), MIN_STAKE));
		AccountPenaltyCount::<Test>::insert(4, 5);
		to_submission_window(1);
		all_score(&[1, 2, 3], &peers, 50);
		close_epoch(1);
		// Absent once more: 6 > 5. It leaves M at once; model 1 was not evaluated (too few
		// peers), so 4 stays there, but may not submit.
		assert_eq!(penalties(4), 6);
		assert!(events().contains(&Event::AccountRemoved { account: 4, penalties: 6 }));
		assert!(!Peers::<Test>::contains_key(M, 4));
		assert!(Peers::<Test>::contains_key(1, 4));
		// The absence slashes 1% (1), the removal 10% of the 99 left (9).
		assert_eq!(Unbondings::<Test>::get(M, 4).unwrap().amount, 90);

		// Model 1 gets peers, and forms consensus in epoch 3: 4 leaves it then.
		for p in [1, 2, 3] {
			assert_ok!(Consensus::add_model_peer(signed(p), 1, pid(p), MIN_STAKE));
		}
		run_to_block(block_of(3, WINDOW));
		assert_noop!(
			Consensus::submit_consensus_data(signed(4), 1, scores(&[(4, 50)])),
			Error::<Test>::TooManyPenalties
		);
		for w in [1, 2, 3] {
			assert_ok!(Consensus::submit_consensus_data(
				signed(w),
				1,
				scores(&[(1, 50), (2, 50), (3, 50), (4, 50)])
			));
		}
		close_epoch(3);
		assert!(!Peers::<Test>::contains_key(1, 4));
		assert!(AccountModels::<Test>::get(4).is_empty());
		assert!(events().contains(&Event::PeerRemoved {
			model: 1,
			account: 4,
			reason: RemovalReason::TooManyPenalties,
			release_epoch: 4 + 2,
		}));
		assert_eq!(penalties(4), 7, "absent in model 1 too; the count is kept");
		// Model 1: absent (1% of 100), then the removal (10% of 99): 90 cools down.
		assert_eq!(held(4), 90 + 90, "both stakes cool down");
		assert_eq!(Unbondings::<Test>::get(1, 4).unwrap().amount, 90);
		assert!(events().contains(&Event::PeerSlashed {
			model: 1,
			account: 4,
			amount: 9,
			reason: SlashReason::Removal
		}));
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
		}
		assert_eq!(penalties(1), 1, "three honest epochs forgive one penalty");
		assert!(events().contains(&Event::PenaltyForgiven { account: 1, penalties: 1 }));
		assert_eq!(HonestStreak::<Test>::get(1), 0);
	});
}

#[test]
fn hook_driven_epochs_over_many_blocks() {
	build_and_execute(|| {
		let peers = [1, 2, 3, 4, 5];
		setup(&peers);
		for e in 1..=6u64 {
			to_submission_window(e);
			all_score(&peers, &peers, 100 * e as u32);
			run_to_block(block_of(e, EPOCH - 1));
		}
		close_epoch(6);
		let formed = events()
			.iter()
			.filter(|e| matches!(e, Event::ConsensusFormed { model: M, .. }))
			.count();
		assert_eq!(formed, 6);
		assert_eq!(ConsensusResults::<Test>::get(M, 3).unwrap().epoch, 6);
		assert_eq!(ConsensusResults::<Test>::get(M, 3).unwrap().score, Some(600));
		assert_eq!(Balances::balance(&3), 10_000 - MIN_STAKE + 6 * (REWARD / 5));
	});
}

#[test]
fn consensus_spreads_over_blocks_when_the_budget_is_small() {
	build_and_execute(|| {
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
				assert_ok!(Consensus::submit_consensus_data(signed(w), m, scores(&entries)));
			}
		}
		// Room for one model per block.
		MaxConsensusWeight::set(Consensus::model_consensus_weight(M));
		run_to_block(block_of(2, 0));
		assert_eq!(
			ConsensusCursor::<Test>::get(),
			Some(ConsensusProgress { epoch: 1, next_model: 1 })
		);
		// Peers and submissions wait while consensus is in progress.
		assert_noop!(
			Consensus::remove_model_peer(signed(1), M),
			Error::<Test>::ConsensusInProgress
		);
		run_to_block(block_of(2, 1));
		assert_eq!(
			ConsensusCursor::<Test>::get(),
			Some(ConsensusProgress { epoch: 1, next_model: 2 })
		);
		run_to_block(block_of(2, 2));
		assert_eq!(ConsensusCursor::<Test>::get(), None);
		for m in [M, 1, 2] {
			assert_eq!(ModelOutcomes::<Test>::get(m), Some((1, EpochOutcome::Formed)));
		}
	});
}

#[test]
fn on_initialize_weight_counts_the_models_it_evaluated() {
	build_and_execute(|| {
		use frame_support::traits::Hooks;
		let peers = [1, 2, 3];
		setup(&peers);
		to_submission_window(1);
		all_score(&peers, &peers, 10);
		run_to_block(block_of(2, 0) - 1);
		let expected = Consensus::model_consensus_weight(M);
		System::set_block_number(block_of(2, 0));
		let used = Consensus::on_initialize(block_of(2, 0));
		assert!(used.all_gte(expected), "{used:?} covers the model's {expected:?}");
		// Not an epoch boundary: a single read.
		let idle = Consensus::on_initialize(block_of(2, 0) + 1);
		assert!(idle.all_lt(expected));
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
		all_score(&peers, &peers, 10);
		close_epoch(1);
		let views = Consensus::model_peer_views(M);
		assert_eq!(views.len(), 3);
		for view in views {
			assert_eq!(view.stake, MIN_STAKE);
			assert_eq!(view.result.unwrap().score, Some(10));
		}
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
		assert_eq!(pot(), POT_ENDOWMENT - REWARD, "the pot paid the epoch's reward");
		for who in peers {
			assert_eq!(Balances::balance(&who), 10_000 - MIN_STAKE + REWARD / 4);
		}
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
		assert!(events().contains(&Event::RewardsPaid {
			model: M,
			epoch: 1,
			total: 0,
			recipients: 0
		}));
		for who in peers {
			assert_eq!(Balances::balance(&who), 10_000 - MIN_STAKE);
			assert_eq!(ConsensusResults::<Test>::get(M, who).unwrap().reward, 0);
		}
		assert_eq!(pot(), 1);
		assert_eq!(Balances::total_issuance(), issuance);
	});
}

#[test]
fn a_small_pot_pays_what_it_has() {
	build_and_execute(|| {
		// 401 in the pot: 400 can go, 1 stays as its existential deposit.
		Balances::set_balance(&Consensus::reward_pot(), 401);
		let peers = [1, 2, 3, 4];
		setup(&peers);
		to_submission_window(1);
		all_score(&peers, &peers, 1_000);
		close_epoch(1);
		assert!(events().contains(&Event::RewardsPaid {
			model: M,
			epoch: 1,
			total: 400,
			recipients: 4
		}));
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
		assert!(events().contains(&Event::PeerSlashed {
			model: M,
			account: 4,
			amount: 1,
			reason: SlashReason::Penalties { count: 1 }
		}));
		// The pot got the slash and paid the three in-consensus submitters 333 each (the
		// rounding rest stays in the pot).
		assert_eq!(pot(), POT_ENDOWMENT + 1 - 3 * 333);
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
		assert!(events().contains(&Event::PeerSlashed {
			model: M,
			account: 5,
			amount: 9,
			reason: SlashReason::Removal
		}));
		assert_eq!(Unbondings::<Test>::get(M, 5).unwrap().amount, 90);
		assert_eq!(held(5), 90);

		// 1 leaves of its own accord in the next peer window: its whole stake cools down.
		run_to_block(block_of(2, 0));
		let before = Peers::<Test>::get(M, 1).unwrap().stake;
		assert_ok!(Consensus::remove_model_peer(signed(1), M));
		assert_eq!(Unbondings::<Test>::get(M, 1).unwrap().amount, before);
		assert_eq!(held(1), before);
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
			// Half of it this epoch, split 1:1:3:3.
			assert_eq!(
				[1, 2, 3, 4].map(payment_of),
				[50, 50, 150, 150],
				"by consensus score, like the native reward"
			);
			assert!(events().contains(&Event::FundingPaid {
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
			assert_eq!(view.balance, 400);

			// The second (last) epoch pays the rest and the funding ends.
			to_submission_window(2);
			all_score(&peers, &peers, 1_000);
			close_epoch(2);
			assert_eq!([1, 2, 3, 4].map(payment_of), [150, 150, 250, 250]);
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
			assert_eq!(payment_of(4), 0, "no submission: nothing");
			assert_eq!([1, 2, 3].map(payment_of), [100, 100, 100]);
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
