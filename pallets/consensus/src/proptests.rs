//! Property tests: the interquartile filter agrees with a simple reference implementation, and
//! random score matrices (0 to 64 peers, and up to `MaxModelPeers` = 1,024 in fewer cases, with
//! random omissions, outliers and unconfirms) give exactly what a straightforward reference
//! implementation of the consensus rules gives (results, penalties, removals, rewards), never
//! panic and always leave the pallet's invariants intact.

#![cfg(test)]

use crate::{math, mock::*, pallet::*, types::*};
use frame_support::{
	assert_ok,
	traits::{fungible::Mutate, Get},
	BoundedVec,
};
use proptest::prelude::*;
use sp_runtime::Percent;
use std::collections::{BTreeMap, BTreeSet};

/// Reference filter: exact fractions, written independently of `math`.
fn reference_consensus(scores: &[u16]) -> Option<u16> {
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
	Some((kept.iter().sum::<i128>() / kept.len() as i128) as u16)
}

proptest! {
	#![proptest_config(ProptestConfig {
		cases: cases("FUZZ_CASES", 2000),
		..ProptestConfig::default()
	})]

	#[test]
	fn filter_matches_reference(scores in proptest::collection::vec(1u16..=math::MAX_SCORE, 0..=64)) {
		let mut mine = scores.clone();
		prop_assert_eq!(math::consensus_score(&mut mine), reference_consensus(&scores));
	}

	#[test]
	fn filter_matches_reference_with_clusters(
		base in 1u16..=9_000,
		spread in 0u16..50,
		noise in proptest::collection::vec(0u16..100, 0..=1_024),
		outliers in proptest::collection::vec(1u16..=math::MAX_SCORE, 0..4),
	) {
		let mut scores: Vec<u16> = noise.iter().map(|n| base + n % (spread + 1)).collect();
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
	scores: Vec<Option<u16>>,
}

fn behaviours(n: usize) -> impl Strategy<Value = Vec<Behaviour>> {
	proptest::collection::vec(
		(
			prop::bool::weighted(0.8),
			prop::bool::weighted(0.1),
			// Clustered scores with rare outliers and omissions, so that both sides of every
			// rule occur.
			(1u16..=9_000, proptest::collection::vec((0u16..200, 0u8..100), n)),
		)
			.prop_map(|(submits, unconfirms, (base, cells))| Behaviour {
				submits,
				unconfirms,
				scores: cells
					.into_iter()
					.map(|(noise, roll)| match roll {
						0..=7 => None,
						8..=10 => Some(1 + (noise * 50) % math::MAX_SCORE),
						_ => Some(base + noise),
					})
					.collect(),
			}),
		n,
	)
}

fn matrix(max: usize) -> impl Strategy<Value = (usize, Vec<Behaviour>, Vec<Behaviour>)> {
	(0usize..=max).prop_flat_map(|n| (Just(n), behaviours(n), behaviours(n)))
}

/// What the reference decides for one epoch (or `None` if it is skipped).
#[derive(Debug, PartialEq, Eq)]
struct Expected {
	/// Per evaluated peer: (score, in consensus, penalties).
	results: BTreeMap<AccountId, (Option<u16>, bool, u16)>,
	/// Peers removed by consensus (out, against) or for their account's penalties.
	removed: BTreeSet<AccountId>,
	/// Native credit per rewarded peer.
	rewards: BTreeMap<AccountId, u128>,
	/// Penalty counts after the epoch.
	counts: BTreeMap<AccountId, u32>,
}

/// The consensus rules, written plainly over accounts and maps (independently of
/// `consensus::evaluate`): all `peers` are evaluated and eligible.
fn reference_epoch(
	peers: &[AccountId],
	submissions: &BTreeMap<AccountId, BTreeMap<AccountId, u16>>,
	unconfirmers: &BTreeSet<AccountId>,
	counts: &BTreeMap<AccountId, u32>,
	leaving: &BTreeSet<AccountId>,
	reward: u128,
) -> Option<Expected> {
	let pct = |part: usize, whole: usize, p: u8| whole > 0 && part * 100 >= p as usize * whole;
	let eligible = peers.len();
	let participants: BTreeSet<&AccountId> =
		submissions.keys().chain(unconfirmers.iter()).collect();
	let unconfirmed = unconfirmers.len();
	if eligible < 3
		|| !pct(participants.len(), eligible, 51)
		|| pct(unconfirmed, participants.len(), 51)
		|| !pct(submissions.len(), eligible, 51)
	{
		// Skipped: only the accounts marked to leave go.
		return None;
	}
	let s = submissions.len();
	let mut penalties: BTreeMap<AccountId, u16> = BTreeMap::new();
	let mut against: BTreeMap<AccountId, u32> = BTreeMap::new();
	let mut out = BTreeSet::new();
	let mut scores: BTreeMap<AccountId, Option<u16>> = BTreeMap::new();
	let mut penalise =
		|who: &AccountId, as_submitter: bool, penalties: &mut BTreeMap<AccountId, u16>| {
			*penalties.entry(*who).or_default() += 1;
			if as_submitter {
				*against.entry(*who).or_default() += 1;
			}
		};
	for peer in peers {
		let scored: Vec<(AccountId, u16)> = submissions
			.iter()
			.filter_map(|(w, row)| row.get(peer).map(|v| (*w, *v)))
			.collect();
		let omitted = s - scored.len();
		if omitted * 100 > 75 * s {
			out.insert(*peer);
			for (w, _) in &scored {
				penalise(w, true, &mut penalties);
			}
			continue;
		}
		for (w, row) in submissions {
			if !row.contains_key(peer) {
				penalise(w, true, &mut penalties);
			}
		}
		let values: Vec<u16> = scored.iter().map(|(_, v)| *v).collect();
		let consensus = reference_consensus(&values);
		if let Some(c) = consensus {
			for (w, v) in &scored {
				if (*v as i64 - c as i64).abs() * 100 > 25 * c as i64 {
					penalise(w, true, &mut penalties);
				}
			}
		}
		scores.insert(*peer, consensus);
	}
	for peer in peers {
		if !submissions.contains_key(peer) && !unconfirmers.contains(peer) {
			penalise(peer, false, &mut penalties);
		}
	}
	let mut removed: BTreeSet<AccountId> = out.clone();
	for (w, n) in &against {
		if submissions.contains_key(w) && *n as usize * 100 >= 50 * peers.len() {
			removed.insert(*w);
		}
	}
	removed.extend(leaving.iter().copied());
	let rewarded: Vec<(AccountId, u16)> = peers
		.iter()
		.filter(|p| submissions.contains_key(p) && !removed.contains(p))
		.filter_map(|p| scores.get(p).copied().flatten().map(|v| (*p, v)))
		.collect();
	let total: u128 = rewarded.iter().map(|(_, v)| *v as u128).sum();
	let rewards: BTreeMap<AccountId, u128> =
		rewarded.iter().map(|(p, v)| (*p, reward * *v as u128 / total.max(1))).collect();
	let mut new_counts = counts.clone();
	for (who, n) in &penalties {
		let before = counts.get(who).copied().unwrap_or(0);
		let after = before + *n as u32;
		new_counts.insert(*who, after);
		if before <= 5 && after > 5 {
			removed.insert(*who);
		}
	}
	let results = peers
		.iter()
		.map(|p| {
			(
				*p,
				(
					scores.get(p).copied().flatten(),
					!out.contains(p),
					penalties.get(p).copied().unwrap_or(0),
				),
			)
		})
		.collect();
	Some(Expected { results, removed, rewards, counts: new_counts })
}

/// Runs `plans` (one epoch each) on a model of `n` peers and compares every formed epoch with
/// the reference.
fn run_and_compare(n: usize, plans: &[&Vec<Behaviour>]) -> Result<(), TestCaseError> {
	new_test_ext().execute_with(|| {
		assert_ok!(Consensus::register_model(
			RuntimeOrigin::root(),
			BoundedVec::truncate_from(b"model".to_vec())
		));
		let accounts: Vec<AccountId> = (1..=n as u64).collect();
		for &a in &accounts {
			Balances::set_balance(&a, 10_000);
			assert_ok!(Consensus::add_model_peer(
				RuntimeOrigin::signed(a),
				0,
				BoundedVec::truncate_from(format!("p{a}").into_bytes()),
				MIN_STAKE
			));
		}
		let uid_of: BTreeMap<AccountId, Uid> =
			accounts.iter().map(|a| (*a, Peers::<Test>::get(0, a).unwrap().uid)).collect();
		// Past the mock's 80 endowed accounts, `set_balance` mints: count from here.
		let issuance = Balances::total_issuance();
		for (e, plan) in plans.iter().enumerate() {
			let e = e as u64 + 1;
			run_to_block(block_of(e, WINDOW));
			let present: Vec<AccountId> =
				accounts.iter().copied().filter(|a| Peers::<Test>::contains_key(0, a)).collect();
			let present_set: BTreeSet<AccountId> = present.iter().copied().collect();
			let mut submissions = BTreeMap::new();
			let mut unconfirmers = BTreeSet::new();
			for (a, behaviour) in accounts.iter().zip(plan.iter()) {
				if !present_set.contains(a) {
					continue;
				}
				let row: BTreeMap<AccountId, u16> = accounts
					.iter()
					.zip(behaviour.scores.iter())
					.filter_map(|(peer, score)| score.map(|score| (*peer, score)))
					.collect();
				let data: Vec<PeerScore> = row
					.iter()
					.map(|(peer, score)| PeerScore { uid: uid_of[peer], score: *score })
					.collect();
				// May fail (too much data after removals, an account over the penalty limit,
				// ...): a failed call changes nothing, which try_state checks below.
				if behaviour.submits
					&& Consensus::submit_consensus_data(
						RuntimeOrigin::signed(*a),
						0,
						BoundedVec::truncate_from(data),
					)
					.is_ok()
				{
					submissions.insert(
						*a,
						row.into_iter().filter(|(peer, _)| present_set.contains(peer)).collect(),
					);
				}
				if behaviour.unconfirms
					&& Consensus::unconfirm_consensus_data(RuntimeOrigin::signed(*a), 0).is_ok()
				{
					unconfirmers.insert(*a);
				}
			}
			Consensus::do_try_state().map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
			let counts: BTreeMap<AccountId, u32> =
				present.iter().map(|a| (*a, AccountPenaltyCount::<Test>::get(a))).collect();
			let marks = Leaving::<Test>::get(0);
			let leaving: BTreeSet<AccountId> =
				present.iter().copied().filter(|a| marks.contains(uid_of[a])).collect();
			let reward =
				u128::from(REWARD.min(
					Consensus::reward_pot_available().saturating_sub(RewardsOwed::<Test>::get()),
				));
			let owed_before: BTreeMap<AccountId, Balance> = present
				.iter()
				.map(|a| {
					let owed = UnclaimedRewards::<Test>::get(0)
						.get(usize::from(uid_of[a]))
						.map(|o| o.native)
						.unwrap_or(0);
					(*a, owed)
				})
				.collect();
			let expected =
				reference_epoch(&present, &submissions, &unconfirmers, &counts, &leaving, reward);

			run_to_block(block_of(e + 1, 0));
			Consensus::do_try_state().map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
			prop_assert!(ConsensusCursor::<Test>::get().is_none());
			// Slashes and rewards only move tokens between the peers and the pot.
			prop_assert_eq!(Balances::total_issuance(), issuance);
			let Some(expected) = expected else {
				prop_assert!(matches!(
					ModelOutcomes::<Test>::get(0),
					Some((epoch, EpochOutcome::Skipped(_))) if epoch == e as u32
				));
				for a in &present {
					prop_assert_eq!(Peers::<Test>::contains_key(0, a), !leaving.contains(a));
				}
				continue;
			};
			prop_assert_eq!(ModelOutcomes::<Test>::get(0), Some((e as u32, EpochOutcome::Formed)));
			let metagraph = Metagraphs::<Test>::get(0).unwrap();
			prop_assert_eq!(metagraph.epoch, e as u32);
			for a in &present {
				let got = metagraph.results.get(usize::from(uid_of[a])).copied().flatten();
				let got = got.map(|r| (r.score, r.in_consensus, r.penalties));
				prop_assert_eq!(got, expected.results.get(a).copied(), "result of {}", a);
				prop_assert_eq!(
					Peers::<Test>::contains_key(0, a),
					!expected.removed.contains(a),
					"removal of {}",
					a
				);
				prop_assert_eq!(
					AccountPenaltyCount::<Test>::get(a),
					expected.counts.get(a).copied().unwrap_or(0),
					"penalty count of {}",
					a
				);
				let credited = expected.rewards.get(a).copied().unwrap_or(0) as Balance;
				let owed_now = if Peers::<Test>::contains_key(0, a) {
					UnclaimedRewards::<Test>::get(0)
						.get(usize::from(uid_of[a]))
						.map(|o| o.native)
						.unwrap_or(0)
				} else {
					LeftRewards::<Test>::get(0, a).map(|o| o.native).unwrap_or(0)
				};
				prop_assert_eq!(owed_now, owed_before[a] + credited, "credit of {}", a);
			}
		}
		Ok(())
	})
}

proptest! {
	#![proptest_config(ProptestConfig {
		cases: cases("FUZZ_MATRICES", 64),
		..ProptestConfig::default()
	})]

	#[test]
	fn random_matrices_agree_with_the_reference((n, epoch1, epoch2) in matrix(64)) {
		run_and_compare(n, &[&epoch1, &epoch2])?;
	}
}

proptest! {
	#![proptest_config(ProptestConfig {
		cases: cases("FUZZ_LARGE_MATRICES", 3),
		..ProptestConfig::default()
	})]

	/// Up to `MaxModelPeers` peers, fewer cases: the same agreement at full scale.
	#[test]
	fn large_random_matrices_agree_with_the_reference((n, epoch1) in (512usize..=MAX_PEERS as usize).prop_flat_map(|n| (Just(n), behaviours(n)))) {
		run_and_compare(n, &[&epoch1])?;
	}
}

#[test]
fn reference_thresholds_match_the_mock() {
	// The reference hard-codes the mock's thresholds: keep them in step.
	assert_eq!(
		<Test as Config>::ModelPeerConsensusSubmitPercentRequirement::get(),
		Percent::from_percent(51)
	);
	assert_eq!(
		<Test as Config>::ModelConsensusUnconfirmedThreshold::get(),
		Percent::from_percent(51)
	);
	assert_eq!(<Test as Config>::PeerRemovalThreshold::get(), Percent::from_percent(75));
	assert_eq!(
		<Test as Config>::PeerAgainstConsensusRemovalThreshold::get(),
		Percent::from_percent(50)
	);
	assert_eq!(<<Test as Config>::MaximumOutlierDeltaPercent as Get<u32>>::get(), 25);
	assert_eq!(<<Test as Config>::MaxAccountPenaltyCount as Get<u32>>::get(), 5);
	assert_eq!(<<Test as Config>::MinModelPeers as Get<u32>>::get(), 3);
}

/// Cases per property: `default`, or the count in `$var` (`make fuzz` runs many more).
fn cases(var: &str, default: u32) -> u32 {
	std::env::var(var).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// One call (or the passing of blocks) in a random sequence over the pallet's whole surface.
#[derive(Debug, Clone)]
enum Op {
	Register { path: u8 },
	Join { who: AccountId, model: ModelId, stake: Balance },
	Leave { who: AccountId, model: ModelId },
	Release { who: AccountId, model: ModelId },
	Submit { who: AccountId, model: ModelId, scores: Vec<(Uid, Score)> },
	Unconfirm { who: AccountId, model: ModelId },
	Claim { who: AccountId, model: ModelId },
	Fund { model: ModelId, community: u32, amount: Balance, epochs: u32 },
	Advance { blocks: u64 },
}

fn op() -> impl Strategy<Value = Op> {
	let who = 1..=10u64;
	let model = 0..=2u32;
	prop_oneof![
		1 => (0..=5u8).prop_map(|path| Op::Register { path }),
		4 => (who.clone(), model.clone(), prop_oneof![Just(MIN_STAKE), MIN_STAKE - 1..=3 * MIN_STAKE])
			.prop_map(|(who, model, stake)| Op::Join { who, model, stake }),
		1 => (who.clone(), model.clone()).prop_map(|(who, model)| Op::Leave { who, model }),
		1 => (who.clone(), model.clone()).prop_map(|(who, model)| Op::Release { who, model }),
		6 => (
			who.clone(),
			model.clone(),
			proptest::collection::vec((0..12u16, prop_oneof![9 => 1..=math::MAX_SCORE, 1 => Just(0u16)]), 0..12)
		)
			.prop_map(|(who, model, scores)| Op::Submit { who, model, scores }),
		1 => (who.clone(), model.clone()).prop_map(|(who, model)| Op::Unconfirm { who, model }),
		2 => (who, model.clone()).prop_map(|(who, model)| Op::Claim { who, model }),
		1 => (model, 1..=3u32, 0..=50 as Balance, 0..=3u32)
			.prop_map(|(model, community, amount, epochs)| Op::Fund { model, community, amount, epochs }),
		4 => (1..=12u64).prop_map(|blocks| Op::Advance { blocks }),
	]
}

/// Applies `op`; returns whether it succeeded, and what it minted of the payment asset.
fn apply(op: &Op) -> (bool, Balance) {
	use frame_support::traits::fungibles::Mutate as _;
	let signed = RuntimeOrigin::signed;
	let ok = match op.clone() {
		Op::Register { path } => {
			let path = BoundedVec::truncate_from(format!("models/{path}").into_bytes());
			Consensus::register_model(RuntimeOrigin::root(), path).is_ok()
		},
		Op::Join { who, model, stake } => {
			let peer_id = BoundedVec::truncate_from(vec![who as u8; 8]);
			Consensus::add_model_peer(signed(who), model, peer_id, stake).is_ok()
		},
		Op::Leave { who, model } => Consensus::remove_model_peer(signed(who), model).is_ok(),
		Op::Release { who, model } => Consensus::release_stake(signed(who), model).is_ok(),
		Op::Submit { who, model, mut scores } => {
			scores.sort_by_key(|(uid, _)| *uid);
			scores.dedup_by_key(|(uid, _)| *uid);
			let data = scores.into_iter().map(|(uid, score)| PeerScore { uid, score }).collect();
			Consensus::submit_consensus_data(signed(who), model, BoundedVec::truncate_from(data))
				.is_ok()
		},
		Op::Unconfirm { who, model } => {
			Consensus::unconfirm_consensus_data(signed(who), model).is_ok()
		},
		Op::Claim { who, model } => Consensus::claim_rewards(signed(who), model).is_ok(),
		Op::Fund { model, community, amount, epochs } => {
			// As pallet-voting's close does: the money first, then the record; a refused
			// funding takes its money back.
			let account = Consensus::funding_account(model);
			if amount > 0 && Assets::mint_into(PAYMENT, &account, amount).is_err() {
				return (false, 0);
			}
			if Consensus::add_funding(model, community, amount, epochs).is_ok() {
				return (true, amount);
			}
			if amount > 0 {
				let burned = Assets::burn_from(
					PAYMENT,
					&account,
					amount,
					frame_support::traits::tokens::Preservation::Expendable,
					frame_support::traits::tokens::Precision::Exact,
					frame_support::traits::tokens::Fortitude::Force,
				);
				assert_eq!(burned, Ok(amount), "the refused funding's money comes back");
			}
			false
		},
		Op::Advance { blocks } => {
			run_to_block(System::block_number() + blocks);
			true
		},
	};
	(ok, 0)
}

proptest! {
	#![proptest_config(ProptestConfig {
		cases: cases("FUZZ_CASES", 256),
		..ProptestConfig::default()
	})]

	/// Random sequences of every call and of passing blocks (epochs form, peers are penalised,
	/// removed, rewarded and funded): after each step the pallet's invariants hold, a failed
	/// call leaves the state root unchanged, the native issuance never moves (slashes and
	/// rewards only move tokens between peers and the pot) and the payment asset's moves only
	/// by the fundings minted here.
	#[test]
	fn random_call_sequences_keep_invariants(ops in proptest::collection::vec(op(), 1..60)) {
		use frame_support::traits::fungibles::Inspect as _;
		new_test_ext().execute_with(|| {
			let native = Balances::total_issuance();
			let mut payment = Assets::total_issuance(PAYMENT);
			for op in &ops {
				let root = sp_io::storage::root(sp_runtime::StateVersion::V1);
				let (ok, minted) = apply(op);
				// Passing blocks always changes the state; a refused funding minted and burned.
				if !ok && !matches!(op, Op::Advance { .. } | Op::Fund { .. }) {
					prop_assert_eq!(
						sp_io::storage::root(sp_runtime::StateVersion::V1),
						root,
						"a failed {:?} changed the state",
						op
					);
				}
				payment += minted;
				Consensus::do_try_state()
					.map_err(|e| TestCaseError::fail(format!("after {op:?}: {e:?}")))?;
				prop_assert_eq!(Balances::total_issuance(), native);
				prop_assert_eq!(Assets::total_issuance(PAYMENT), payment);
			}
			Ok(())
		})?;
	}
}
