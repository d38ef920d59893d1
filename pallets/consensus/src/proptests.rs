//! Property tests: the interquartile filter agrees with a simple reference implementation, and
//! random score matrices (0 to 64 peers, random omissions and unconfirms) never panic and
//! always leave the pallet's invariants intact.

#![cfg(test)]

use crate::{math, mock::*, pallet::*, types::*};
use frame_support::{assert_ok, BoundedVec};
use proptest::prelude::*;

/// Reference filter: exact fractions, written independently of `math`.
fn reference_consensus(scores: &[u32]) -> Option<u32> {
	if scores.is_empty() {
		return None;
	}
	let mut s: Vec<i128> = scores.iter().map(|x| *x as i128).collect();
	s.sort();
	let n = s.len();
	let kept: Vec<i128> = if n < 4 {
		s.clone()
	} else {
		// Median of a sorted slice as a fraction over 2.
		let median2 = |v: &[i128]| -> i128 {
			let m = v.len();
			if m % 2 == 1 {
				2 * v[m / 2]
			} else {
				v[m / 2 - 1] + v[m / 2]
			}
		};
		let q1_2 = median2(&s[..n / 2]);
		let q3_2 = median2(&s[n.div_ceil(2)..]);
		let iqr_2 = q3_2 - q1_2;
		// Fences over 4; round the lower down and the upper up.
		let lower4 = 2 * q1_2 - 3 * iqr_2;
		let upper4 = 2 * q3_2 + 3 * iqr_2;
		let floor = |num: i128| if num >= 0 { num / 4 } else { -((-num + 3) / 4) };
		let ceil = |num: i128| if num >= 0 { (num + 3) / 4 } else { -((-num) / 4) };
		let (lo, hi) = (floor(lower4), ceil(upper4));
		s.iter().copied().filter(|x| *x >= lo && *x <= hi).collect()
	};
	assert!(!kept.is_empty());
	Some((kept.iter().sum::<i128>() / kept.len() as i128) as u32)
}

proptest! {
	#![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

	#[test]
	fn filter_matches_reference(scores in proptest::collection::vec(1u32..=math::MAX_SCORE, 0..=64)) {
		let mut mine = scores.clone();
		prop_assert_eq!(math::consensus_score(&mut mine), reference_consensus(&scores));
	}

	#[test]
	fn filter_matches_reference_with_clusters(
		base in 1u32..=9_000,
		spread in 0u32..50,
		noise in proptest::collection::vec(0u32..100, 0..=64),
		outliers in proptest::collection::vec(1u32..=math::MAX_SCORE, 0..4),
	) {
		let mut scores: Vec<u32> = noise.iter().map(|n| base + n % (spread + 1)).collect();
		scores.extend(outliers);
		let mut mine = scores.clone();
		let got = math::consensus_score(&mut mine);
		prop_assert_eq!(got, reference_consensus(&scores));
		if let Some(score) = got {
			prop_assert!((1..=math::MAX_SCORE).contains(&score));
		}
	}
}

/// One peer's behaviour in a random epoch.
#[derive(Debug, Clone)]
struct Behaviour {
	/// Submits data (with these omissions and this score noise).
	submits: bool,
	/// Unconfirms too.
	unconfirms: bool,
	/// Per scored peer: `None` to omit it, else the score.
	scores: Vec<Option<u32>>,
}

fn behaviours(n: usize) -> impl Strategy<Value = Vec<Behaviour>> {
	proptest::collection::vec(
		(
			any::<bool>(),
			prop::bool::weighted(0.15),
			proptest::collection::vec(prop::option::weighted(0.9, 1u32..=math::MAX_SCORE), n),
		)
			.prop_map(|(submits, unconfirms, scores)| Behaviour { submits, unconfirms, scores }),
		n,
	)
}

fn matrix() -> impl Strategy<Value = (usize, Vec<Behaviour>, Vec<Behaviour>)> {
	(0usize..=64).prop_flat_map(|n| (Just(n), behaviours(n), behaviours(n)))
}

proptest! {
	#![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

	#[test]
	fn random_matrices_never_panic_and_keep_invariants((n, epoch1, epoch2) in matrix()) {
		new_test_ext().execute_with(|| {
			let issuance = Balances::total_issuance();
			assert_ok!(Consensus::register_model(RuntimeOrigin::root(), BoundedVec::truncate_from(b"model".to_vec())));
			let accounts: Vec<AccountId> = (1..=n as u64).collect();
			for &a in &accounts {
				assert_ok!(Consensus::add_model_peer(
					RuntimeOrigin::signed(a),
					0,
					BoundedVec::truncate_from(format!("p{a}").into_bytes()),
					MIN_STAKE
				));
			}
			for (e, plan) in [(1u64, &epoch1), (2u64, &epoch2)] {
				run_to_block(block_of(e, WINDOW));
				for (a, behaviour) in accounts.iter().zip(plan.iter()) {
					if !Peers::<Test>::contains_key(0, a) {
						continue;
					}
					let data: Vec<ModelPeerData<_>> = accounts
						.iter()
						.zip(behaviour.scores.iter())
						.filter_map(|(peer, score)| {
							score.map(|score| ModelPeerData {
								peer_id: BoundedVec::truncate_from(format!("p{peer}").into_bytes()),
								score,
							})
						})
						.collect();
					if behaviour.submits {
						// May fail (too few eligible peers, too much data after removals, ...):
						// a failed call changes nothing, which try_state checks below.
						let _ = Consensus::submit_consensus_data(
							RuntimeOrigin::signed(*a),
							0,
							BoundedVec::truncate_from(data),
						);
					}
					if behaviour.unconfirms {
						let _ = Consensus::unconfirm_consensus_data(RuntimeOrigin::signed(*a), 0);
					}
				}
				Consensus::do_try_state().map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
				run_to_block(block_of(e + 1, 0));
				Consensus::do_try_state().map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
				prop_assert!(ConsensusCursor::<Test>::get().is_none());
				// Slashes and rewards only move tokens between the peers and the pot.
				prop_assert_eq!(Balances::total_issuance(), issuance);
				for (_, result) in ConsensusResults::<Test>::iter_prefix(0) {
					if let Some(score) = result.score {
						prop_assert!((1..=math::MAX_SCORE).contains(&score));
					}
					if result.reward > 0 {
						prop_assert!(result.in_consensus && result.score.is_some());
					}
				}
			}
			Ok(())
		})?;
	}
}
