//! Property test: random sequences of contributions, withdrawals and simulated job spends
//! (reservations, refunds, payments) by several accounts across two communities. After each
//! step the pallet's invariants (`do_try_state`) hold, a failed call leaves the state
//! untouched, the native issuance moved exactly by the minted and burned amounts of the
//! events, and nobody has ever taken out more than it put in plus its share of what leavers left
//! behind (a withdrawal pays from the free value only, so a member who withdraws while jobs are
//! pending leaves its part of the reservations to those who remain) and of the rounding dust
//! others left behind. New shares are priced against value + reserved, so a refund or a
//! newcomer's money gives nobody more than that.

use crate::{mock::*, pallet::*, Event as TreasuryEvent, PotLedger};
use proptest::prelude::*;
use sp_runtime::{traits::Zero, Percent, StateVersion};

#[derive(Debug, Clone)]
enum Op {
	Contribute { who: AccountId, community: CommunityId, amount: Balance },
	Withdraw { who: AccountId, community: CommunityId, part: u8 },
	Reserve { community: CommunityId, part: u8 },
	Unreserve { community: CommunityId, part: u8 },
	Pay { community: CommunityId, part: u8 },
	Vote { who: AccountId, community: CommunityId, voting: bool },
	Leave { who: AccountId, community: CommunityId },
}

fn op() -> impl Strategy<Value = Op> {
	let who = 1..=4u128;
	let community = prop_oneof![Just(COMMUNITY), Just(OTHER)];
	let part = 1..=100u8;
	prop_oneof![
		4 => (who.clone(), community.clone(), prop_oneof![1..=10u64, 1..=5_000u64])
			.prop_map(|(who, community, amount)| Op::Contribute { who, community, amount }),
		3 => (who.clone(), community.clone(), part.clone())
			.prop_map(|(who, community, part)| Op::Withdraw { who, community, part }),
		1 => (community.clone(), part.clone()).prop_map(|(community, part)| Op::Reserve { community, part }),
		1 => (community.clone(), part.clone()).prop_map(|(community, part)| Op::Unreserve { community, part }),
		1 => (community.clone(), part).prop_map(|(community, part)| Op::Pay { community, part }),
		1 => (who.clone(), community.clone(), any::<bool>())
			.prop_map(|(who, community, voting)| Op::Vote { who, community, voting }),
		1 => (who, community).prop_map(|(who, community)| Op::Leave { who, community }),
	]
}

/// `part` percent of `whole`, at least 1.
fn part_of(whole: Balance, part: u8) -> Balance {
	(Percent::from_percent(part) * whole).max(1)
}

/// The account that receives job payments.
const EXECUTOR: AccountId = 50;

fn apply(op: &Op) -> bool {
	let signed = |who: AccountId| RuntimeOrigin::signed(who);
	match *op {
		Op::Contribute { who, community, amount } => {
			Treasury::contribute(signed(who), community, amount).is_ok()
		},
		Op::Withdraw { who, community, part } => {
			let shares = Positions::<Test>::get(community, who).map(|p| p.shares).unwrap_or(1);
			Treasury::withdraw(signed(who), community, part_of(shares, part)).is_ok()
		},
		Op::Reserve { community, part } => {
			let value = Pots::<Test>::get(community).map(|p| p.value).unwrap_or(1);
			<Treasury as PotLedger<_, _, _>>::reserve(community, part_of(value, part)).is_ok()
		},
		Op::Unreserve { community, part } => {
			let reserved = Pots::<Test>::get(community).map(|p| p.reserved).unwrap_or(1);
			<Treasury as PotLedger<_, _, _>>::unreserve(community, part_of(reserved, part)).is_ok()
		},
		Op::Pay { community, part } => {
			let reserved = Pots::<Test>::get(community).map(|p| p.reserved).unwrap_or(1);
			<Treasury as PotLedger<_, _, _>>::pay_reserved(
				community,
				&EXECUTOR,
				part_of(reserved, part),
			)
			.is_ok()
		},
		Op::Vote { who, community, voting } => {
			set_voting(community, who, voting);
			true
		},
		Op::Leave { who, community } => {
			set_member(community, who, false);
			true
		},
	}
}

/// Cases per property: `default`, or the count in `$var` (`make fuzz` runs many more).
fn cases(var: &str, default: u32) -> u32 {
	std::env::var(var).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

proptest! {
	#![proptest_config(ProptestConfig {
		cases: cases("FUZZ_CASES", 128),
		..ProptestConfig::default()
	})]

	#[test]
	fn random_sequences_keep_the_books(ops in proptest::collection::vec(op(), 1..48)) {
		new_test_ext().execute_with(|| {
			let start_issuance = Balances::total_issuance();
			let mut from_events: i128 = 0;
			// Per account: its share of what leavers left of the reservations while it held
			// shares (rounded up).
			let mut left_behind = std::collections::BTreeMap::<AccountId, Balance>::new();
			for (step, op) in ops.iter().enumerate() {
				System::reset_events();
				let pots_before: Vec<_> =
					[COMMUNITY, OTHER].iter().map(|c| (*c, Pots::<Test>::get(c))).collect();
				let before = sp_io::storage::root(StateVersion::V1);
				let ok = frame_support::storage::with_transaction(|| {
					let ok = apply(op);
					if ok {
						sp_runtime::TransactionOutcome::Commit(Ok::<bool, sp_runtime::DispatchError>(ok))
					} else {
						sp_runtime::TransactionOutcome::Rollback(Ok(ok))
					}
				}).unwrap_or(false);
				if !ok {
					prop_assert_eq!(
						sp_io::storage::root(StateVersion::V1), before,
						"failed {:?} changed the state", op
					);
				}
				prop_assert!(Treasury::do_try_state().is_ok(), "{:?}: {:?}", op, Treasury::do_try_state());

				// Issuance moves exactly by the mints and burns the events report...
				for record in System::events() {
					match record.event {
						RuntimeEvent::Treasury(TreasuryEvent::Contributed { native_minted, .. }) =>
							from_events += native_minted as i128,
						RuntimeEvent::Treasury(TreasuryEvent::Withdrawn {
							community,
							shares,
							native_burned,
							..
						}) => {
							from_events -= native_burned as i128;
							let Some(Some(pot)) = pots_before.iter().find(|(c, _)| *c == community).map(|(_, p)| p.clone()) else { continue };
							// The withdrawn shares' part of the reservations stays in the pot.
							let left = (shares as u128 * pot.reserved as u128)
								.div_ceil(pot.total_shares.max(1) as u128);
							let total = Pots::<Test>::get(community).map(|p| p.total_shares).unwrap_or(0);
							for (who, position) in Positions::<Test>::iter_prefix(community) {
								let share = (left * position.shares as u128).div_ceil(total.max(1) as u128);
								*left_behind.entry(who).or_default() += share as Balance;
							}
						},
						_ => {},
					}
				}
				prop_assert_eq!(Balances::total_issuance() as i128, start_issuance as i128 + from_events);
				// ... and what the positions still owe to the burn is what was minted.
				let outstanding: Balance = Positions::<Test>::iter().map(|(_, _, p)| p.native_minted).sum();
				prop_assert_eq!(Balances::total_issuance(), start_issuance + outstanding);

				// Nobody takes out more than it put in, plus its share of what leavers left behind
				// and at most one unit of rounding dust per step of the others.
				for who in 1..=4 {
					let left = left_behind.get(&who).copied().unwrap_or(0);
					prop_assert!(
						Assets::balance(PAYMENT, who) <= START_PAYMENT + left + step as Balance,
						"account {} gained at step {}: {} over its start, {} left behind", who, step, Assets::balance(PAYMENT, who) as i128 - START_PAYMENT as i128, left
					);
				}
				// The payment asset is only moved: what left the members is in the pots or was
				// paid out for jobs.
				let members: Balance = (1..=4).map(|who| Assets::balance(PAYMENT, who)).sum();
				let pots: Balance = [COMMUNITY, OTHER]
					.iter()
					.map(|c| Assets::balance(PAYMENT, Treasury::pot_account(*c)))
					.sum();
				prop_assert_eq!(members + pots + Assets::balance(PAYMENT, EXECUTOR), 4 * START_PAYMENT);
			}
			prop_assert!(!start_issuance.is_zero());
			Ok(())
		})?;
	}
}
