//! Unit tests: every call's success and error paths, with the final balances of member, pot
//! and issuance; rounding; the pot ledger; the runtime API's quotes.

use crate::{mock::*, pallet::*, types::*, Error, Event as TreasuryEvent};
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::{InspectHold, Mutate as _, MutateFreeze},
		fungibles::{Inspect as _, Mutate as _},
		tokens::Preservation,
	},
};
use sp_arithmetic::Rounding;
use sp_runtime::{DispatchError, FixedU128};

type Ledger = Treasury;

fn payment(who: AccountId) -> Balance {
	Assets::balance(PAYMENT, who)
}

fn pot_balance(community: CommunityId) -> Balance {
	payment(Treasury::pot_account(community))
}

fn native(who: AccountId) -> Balance {
	Balances::free_balance(who)
}

fn held(who: AccountId, reason: HoldReason) -> Balance {
	Balances::balance_on_hold(&reason.into(), &who)
}

fn issuance() -> Balance {
	Balances::total_issuance()
}

fn contribute(who: AccountId, community: CommunityId, amount: Balance) -> Balance {
	assert_ok!(Treasury::contribute(RuntimeOrigin::signed(who), community, amount));
	Positions::<Test>::get(community, who).map(|p| p.shares).unwrap_or_default()
}

fn shares(who: AccountId, community: CommunityId) -> Balance {
	Positions::<Test>::get(community, who).map(|p| p.shares).unwrap_or_default()
}

fn pot(community: CommunityId) -> PotOf<Test> {
	Pots::<Test>::get(community).expect("the pot exists")
}

fn treasury_events() -> Vec<TreasuryEvent<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Treasury(e) => Some(e),
			_ => None,
		})
		.collect()
}

fn freeze(who: AccountId, amount: Balance) {
	let reason = RuntimeFreezeReason::Other(other::FreezeReason::Voting);
	assert_ok!(Balances::set_freeze(&reason, &who, amount));
}

// ---- contribute ----

#[test]
fn first_contribution_keeps_the_existential_balance_and_buys_shares_one_to_one() {
	build_and_execute(|| {
		let before = issuance();
		assert_ok!(Treasury::contribute(RuntimeOrigin::signed(1), COMMUNITY, 1_000));

		let valued = 1_000 - MIN_BALANCE;
		let minted = valued * RATE as Balance;
		assert_eq!(payment(1), START_PAYMENT - 1_000);
		assert_eq!(pot_balance(COMMUNITY), 1_000);
		// Minted tokens arrive, the two deposits (pot and position, 1 each) are held.
		assert_eq!(native(1), START_NATIVE + minted - 2);
		assert_eq!(held(1, HoldReason::Pot), 1);
		assert_eq!(held(1, HoldReason::Position), 1);
		assert_eq!(issuance(), before + minted);
		assert_eq!(
			pot(COMMUNITY),
			Pot { value: valued, reserved: 0, total_shares: valued, depositor: 1, deposit: 1 }
		);
		assert_eq!(
			Positions::<Test>::get(COMMUNITY, 1),
			Some(Position {
				shares: valued,
				credits: valued,
				contributed: 1_000,
				native_minted: minted,
				deposit: 1
			})
		);
		let events = treasury_events();
		assert!(events.contains(&TreasuryEvent::PotOpened {
			community: COMMUNITY,
			account: Treasury::pot_account(COMMUNITY)
		}));
		assert!(events
			.contains(&TreasuryEvent::PotEndowed { community: COMMUNITY, amount: MIN_BALANCE }));
		assert_eq!(
			events.last(),
			Some(&TreasuryEvent::Contributed {
				community: COMMUNITY,
				who: 1,
				amount: 1_000,
				shares: valued,
				native_minted: minted,
				credits: valued,
			})
		);
	});
}

#[test]
fn later_contributions_buy_shares_at_the_pot_price_and_top_up_the_position() {
	build_and_execute(|| {
		contribute(1, COMMUNITY, 1_000);
		let before = issuance();
		assert_eq!(contribute(2, COMMUNITY, 500), 500);
		assert_eq!(pot_balance(COMMUNITY), 1_500);
		assert_eq!(native(2), START_NATIVE + 1_000 - 1);
		assert_eq!(held(2, HoldReason::Position), 1);
		assert_eq!(held(2, HoldReason::Pot), 0);
		assert_eq!(issuance(), before + 1_000);

		// A second contribution of the same member takes no second deposit.
		assert_eq!(contribute(2, COMMUNITY, 100), 600);
		assert_eq!(held(2, HoldReason::Position), 1);
		let position = Positions::<Test>::get(COMMUNITY, 2).unwrap();
		assert_eq!(position.contributed, 600);
		assert_eq!(position.credits, 600);
		assert_eq!(position.native_minted, 1_200);
		assert_eq!(pot(COMMUNITY).total_shares, 998 + 600);
	});
}

#[test]
fn a_member_joining_after_the_value_changed_gets_fair_shares() {
	build_and_execute(|| {
		contribute(1, COMMUNITY, 1_000); // 998 shares for 998 value
		assert_ok!(Ledger::reserve(COMMUNITY, 499));
		assert_ok!(Ledger::pay_reserved(COMMUNITY, &30, 499)); // a job took half the value
		assert_eq!(contribute(2, COMMUNITY, 500), 500 * 998 / 499);
		let pot = pot(COMMUNITY);
		assert_eq!((pot.value, pot.total_shares, pot.reserved), (999, 1_998, 0));
		// Each owns what it brought: member 2 its 500, member 1 what the job left (499).
		assert_eq!(pot.value_of(shares(2, COMMUNITY)), 500);
		assert_eq!(pot.value_of(shares(1, COMMUNITY)), 499);
	});
}

/// A reservation belongs to the shares that existed when it was made: joining while a job is
/// pending buys at the price of value + reserved, so a refund of that job gives the newcomer
/// nothing of the earlier members' money (priced against the free value alone, 100 would have
/// bought half the pot and taken 450 of the refund).
#[test]
fn joining_while_a_job_is_reserved_takes_nothing_of_its_refund() {
	build_and_execute(|| {
		contribute(1, COMMUNITY, 1_000); // 998 shares for 998 value
		assert_ok!(Ledger::reserve(COMMUNITY, 898)); // value 100, reserved 898
		assert_eq!(
			Treasury::quote_contribute(COMMUNITY, &2, 100).map(|q| q.shares),
			Ok(100 * 998 / 998)
		);
		assert_eq!(contribute(2, COMMUNITY, 100), 100);
		assert_ok!(Ledger::unreserve(COMMUNITY, 898)); // the job failed: refunded
		let pot = pot(COMMUNITY);
		assert_eq!((pot.value, pot.total_shares), (1_098, 1_098));
		assert_eq!(pot.value_of(shares(2, COMMUNITY)), 100, "exactly what it brought");
		assert_eq!(pot.value_of(shares(1, COMMUNITY)), 998, "the refund is member 1's");
	});
}

#[test]
fn a_donation_does_not_move_the_share_price() {
	build_and_execute(|| {
		contribute(1, COMMUNITY, 1_000);
		// Someone sends money straight to the pot account.
		assert_ok!(<Assets as frame_support::traits::fungibles::Mutate<_>>::transfer(
			PAYMENT,
			&3,
			&Treasury::pot_account(COMMUNITY),
			5_000,
			Preservation::Expendable
		));
		assert_eq!(pot(COMMUNITY).value, 998);
		// The next member still buys one share per unit, and member 1 cannot take the gift.
		assert_eq!(contribute(2, COMMUNITY, 100), 100);
		assert_ok!(Treasury::withdraw(RuntimeOrigin::signed(1), COMMUNITY, 998));
		assert_eq!(payment(1), START_PAYMENT - 1_000 + 998);
		assert_eq!(pot_balance(COMMUNITY), MIN_BALANCE + 5_000 + 100);
	});
}

#[test]
fn a_donation_before_the_first_contribution_serves_as_existential_balance() {
	build_and_execute(|| {
		assert_ok!(Assets::mint_into(PAYMENT, &Treasury::pot_account(COMMUNITY), MIN_BALANCE));
		assert_eq!(contribute(1, COMMUNITY, 10), 10);
		assert!(!treasury_events().iter().any(|e| matches!(e, TreasuryEvent::PotEndowed { .. })));
	});
}

#[test]
fn contribute_rejects_bad_input() {
	build_and_execute(|| {
		let origin = || RuntimeOrigin::signed(1);
		assert_noop!(Treasury::contribute(origin(), COMMUNITY, 0), Error::<Test>::ZeroAmount);
		assert_noop!(Treasury::contribute(origin(), 7, 10), Error::<Test>::UnknownCommunity);
		set_member(COMMUNITY, 1, false);
		assert_noop!(Treasury::contribute(origin(), COMMUNITY, 10), Error::<Test>::NotMember);
		set_member(COMMUNITY, 1, true);
		assert_noop!(
			Treasury::contribute(origin(), COMMUNITY, START_PAYMENT + 1),
			Error::<Test>::InsufficientPaymentAsset
		);
		// Leaving less than the asset's minimum balance would lose it as dust.
		assert_noop!(
			Treasury::contribute(origin(), COMMUNITY, START_PAYMENT - 1),
			Error::<Test>::WouldLeaveDust
		);
		// The first contribution must exceed the pot's existential balance.
		assert_noop!(
			Treasury::contribute(origin(), COMMUNITY, MIN_BALANCE),
			Error::<Test>::ContributionTooSmall
		);
		assert_noop!(
			Treasury::contribute(origin(), COMMUNITY, 1),
			Error::<Test>::ContributionTooSmall
		);
		assert_ok!(Treasury::set_paused(RuntimeOrigin::root(), COMMUNITY, true));
		assert_noop!(Treasury::contribute(origin(), COMMUNITY, 10), Error::<Test>::Paused);
		assert_eq!(Pots::<Test>::get(COMMUNITY), None);
		assert_eq!(payment(1), START_PAYMENT);
	});
}

#[test]
fn a_contribution_that_buys_no_share_is_refused() {
	build_and_execute(|| {
		contribute(1, COMMUNITY, 1_000);
		contribute(2, COMMUNITY, 500); // 1_498 shares, 1_498 value
		assert_ok!(Ledger::reserve(COMMUNITY, 1_000)); // value 498
		assert_ok!(Treasury::withdraw(RuntimeOrigin::signed(2), COMMUNITY, 500));
		assert_ok!(Ledger::unreserve(COMMUNITY, 1_000)); // the job was refunded
		let pot = pot(COMMUNITY);
		assert!(pot.value > pot.total_shares, "a share is worth more than 1 now");
		assert_noop!(
			Treasury::contribute(RuntimeOrigin::signed(3), COMMUNITY, 1),
			Error::<Test>::ContributionTooSmall
		);
		assert_eq!(contribute(3, COMMUNITY, 2), 1);
	});
}

#[test]
fn a_depleted_pot_takes_no_new_money() {
	build_and_execute(|| {
		contribute(1, COMMUNITY, 1_000); // 998 shares
								   // Jobs paid out 898: 998 shares for 100 value, at most 10 per unit, still open.
		assert_ok!(Ledger::reserve(COMMUNITY, 898));
		assert_ok!(Ledger::pay_reserved(COMMUNITY, &30, 898));
		assert_eq!(contribute(2, COMMUNITY, 10), 99);
		// 998 + 99 shares for 110 - 10 value: more than 10 shares per unit.
		assert_ok!(Ledger::reserve(COMMUNITY, 10));
		assert_ok!(Ledger::pay_reserved(COMMUNITY, &30, 10));
		assert_noop!(
			Treasury::contribute(RuntimeOrigin::signed(3), COMMUNITY, 1_000),
			Error::<Test>::PotDepleted
		);
		// A pot with no value left at all.
		assert_ok!(Ledger::reserve(COMMUNITY, pot(COMMUNITY).value));
		assert_noop!(
			Treasury::contribute(RuntimeOrigin::signed(3), COMMUNITY, 1_000),
			Error::<Test>::PotDepleted
		);
	});
}

#[test]
fn contribute_fails_when_the_mint_overflows() {
	build_and_execute(|| {
		let rate =
			<FixedU128 as sp_runtime::FixedPointNumber>::saturating_from_integer(Balance::MAX);
		assert_ok!(Treasury::set_rate(RuntimeOrigin::root(), rate));
		assert_noop!(
			Treasury::contribute(RuntimeOrigin::signed(1), COMMUNITY, 1_000),
			Error::<Test>::Overflow
		);
	});
}

#[test]
fn contribute_fails_when_the_deposit_cannot_be_held() {
	build_and_execute(|| {
		// Account 11 has the payment asset but no native tokens, and the rate mints none.
		assert_ok!(Assets::mint_into(PAYMENT, &11, 1_000));
		set_member(COMMUNITY, 11, true);
		assert_ok!(Treasury::set_rate(RuntimeOrigin::root(), FixedU128::from_u32(0)));
		assert_noop!(
			Treasury::contribute(RuntimeOrigin::signed(11), COMMUNITY, 1_000),
			Error::<Test>::CannotHoldDeposit
		);
		// With the default rate the mint pays the deposits.
		assert_ok!(Treasury::set_rate(RuntimeOrigin::root(), FixedU128::from_u32(RATE)));
		assert_ok!(Treasury::contribute(RuntimeOrigin::signed(11), COMMUNITY, 1_000));
		assert_eq!(native(11), 998 * RATE as Balance - 2);
	});
}

// ---- withdraw ----

#[test]
fn a_partial_withdrawal_pays_the_share_and_burns_what_goes_with_it() {
	build_and_execute(|| {
		contribute(1, COMMUNITY, 1_000); // 998 shares, 1_996 native, 998 credits
		let before = issuance();
		assert_ok!(Treasury::withdraw(RuntimeOrigin::signed(1), COMMUNITY, 499));
		assert_eq!(payment(1), START_PAYMENT - 1_000 + 499);
		assert_eq!(pot_balance(COMMUNITY), 1_000 - 499);
		assert_eq!(issuance(), before - 998);
		assert_eq!(native(1), START_NATIVE + 1_996 - 2 - 998);
		let position = Positions::<Test>::get(COMMUNITY, 1).unwrap();
		assert_eq!((position.shares, position.credits, position.native_minted), (499, 499, 998));
		assert_eq!(position.contributed, 1_000);
		assert_eq!(held(1, HoldReason::Position), 1);
		assert_eq!(
			treasury_events().last(),
			Some(&TreasuryEvent::Withdrawn {
				community: COMMUNITY,
				who: 1,
				shares: 499,
				amount: 499,
				native_burned: 998,
				credits_burned: 499,
			})
		);
	});
}

#[test]
fn the_last_withdrawal_closes_position_and_pot_and_returns_every_deposit() {
	build_and_execute(|| {
		let before = issuance();
		contribute(1, COMMUNITY, 1_000);
		assert_ok!(Treasury::withdraw(RuntimeOrigin::signed(1), COMMUNITY, 998));
		assert_eq!(issuance(), before);
		assert_eq!(native(1), START_NATIVE);
		assert_eq!(held(1, HoldReason::Pot), 0);
		assert_eq!(held(1, HoldReason::Position), 0);
		assert_eq!(payment(1), START_PAYMENT - MIN_BALANCE);
		// The pot account keeps its existential balance.
		assert_eq!(pot_balance(COMMUNITY), MIN_BALANCE);
		assert_eq!(Pots::<Test>::get(COMMUNITY), None);
		assert_eq!(Positions::<Test>::get(COMMUNITY, 1), None);
		assert!(treasury_events().contains(&TreasuryEvent::PotClosed { community: COMMUNITY }));
		// A new first contribution needs no endowment any more.
		assert_eq!(contribute(2, COMMUNITY, 10), 10);
	});
}

#[test]
fn the_pot_deposit_stays_with_its_depositor_until_the_pot_is_empty() {
	build_and_execute(|| {
		contribute(1, COMMUNITY, 1_000);
		contribute(2, COMMUNITY, 500);
		assert_ok!(Treasury::withdraw(RuntimeOrigin::signed(1), COMMUNITY, 998));
		assert_eq!(held(1, HoldReason::Pot), 1);
		assert_eq!(held(1, HoldReason::Position), 0);
		assert_ok!(Treasury::withdraw(RuntimeOrigin::signed(2), COMMUNITY, 500));
		assert_eq!(held(1, HoldReason::Pot), 0);
		assert_eq!(held(2, HoldReason::Position), 0);
		assert_eq!(native(1), START_NATIVE);
		assert_eq!(native(2), START_NATIVE);
	});
}

#[test]
fn reserved_money_is_never_withdrawable() {
	build_and_execute(|| {
		contribute(1, COMMUNITY, 1_000);
		assert_ok!(Ledger::reserve(COMMUNITY, 600));
		assert_eq!(Treasury::quote_withdraw(COMMUNITY, &1, 998).unwrap().amount, 398);
		assert_ok!(Treasury::withdraw(RuntimeOrigin::signed(1), COMMUNITY, 998));
		assert_eq!(payment(1), START_PAYMENT - 1_000 + 398);
		// The record stays for the reservation; the money with it.
		assert_eq!(pot(COMMUNITY).reserved, 600);
		assert_eq!(pot_balance(COMMUNITY), 600 + MIN_BALANCE);
		assert_eq!(held(1, HoldReason::Pot), 1);
	});
}

#[test]
fn withdraw_rejects_bad_input() {
	build_and_execute(|| {
		contribute(1, COMMUNITY, 1_000);
		let origin = || RuntimeOrigin::signed(1);
		assert_noop!(Treasury::withdraw(origin(), COMMUNITY, 0), Error::<Test>::ZeroAmount);
		assert_noop!(Treasury::withdraw(origin(), OTHER, 1), Error::<Test>::NoPosition);
		assert_noop!(
			Treasury::withdraw(RuntimeOrigin::signed(2), COMMUNITY, 1),
			Error::<Test>::NoPosition
		);
		assert_noop!(
			Treasury::withdraw(origin(), COMMUNITY, 999),
			Error::<Test>::InsufficientShares
		);
		set_voting(COMMUNITY, 1, true);
		assert_noop!(Treasury::withdraw(origin(), COMMUNITY, 1), Error::<Test>::OutstandingVotes);
		// A vote in another community does not block this one.
		set_voting(COMMUNITY, 1, false);
		set_voting(OTHER, 1, true);
		assert_ok!(Treasury::withdraw(origin(), COMMUNITY, 1));
		assert_ok!(Treasury::set_paused(RuntimeOrigin::root(), COMMUNITY, true));
		assert_noop!(Treasury::withdraw(origin(), COMMUNITY, 1), Error::<Test>::Paused);
		assert_eq!(shares(1, COMMUNITY), 997);
	});
}

#[test]
fn withdraw_fails_while_the_native_tokens_are_frozen_or_gone() {
	build_and_execute(|| {
		contribute(1, COMMUNITY, 1_000); // 1_996 native minted, 2_094 free
		freeze(1, 2_000);
		assert_noop!(
			Treasury::withdraw(RuntimeOrigin::signed(1), COMMUNITY, 998),
			Error::<Test>::NativeTokensFrozen
		);
		freeze(1, 0);
		assert_ok!(Balances::transfer(&1, &3, 2_000, Preservation::Preserve));
		assert_noop!(
			Treasury::withdraw(RuntimeOrigin::signed(1), COMMUNITY, 998),
			Error::<Test>::NativeTokensMissing
		);
		// Half the shares burn half the tokens, which are still there.
		assert_ok!(Balances::transfer(&3, &1, 1_000, Preservation::Preserve));
		assert_ok!(Treasury::withdraw(RuntimeOrigin::signed(1), COMMUNITY, 499));
	});
}

#[test]
fn a_former_member_withdraws_also_after_its_community_is_gone() {
	build_and_execute(|| {
		contribute(1, COMMUNITY, 1_000);
		set_member(COMMUNITY, 1, false);
		remove_community(COMMUNITY);
		assert_ok!(Treasury::withdraw(RuntimeOrigin::signed(1), COMMUNITY, 998));
		assert_eq!(payment(1), START_PAYMENT - MIN_BALANCE);
	});
}

#[test]
fn a_rate_change_applies_to_new_mints_and_burns_what_was_minted() {
	build_and_execute(|| {
		contribute(1, COMMUNITY, 1_000); // minted at 2
		assert_ok!(Treasury::set_rate(RuntimeOrigin::root(), FixedU128::from_u32(5)));
		assert_eq!(NativePerPayment::<Test>::get(), FixedU128::from_u32(5));
		assert!(
			treasury_events().contains(&TreasuryEvent::RateSet { rate: FixedU128::from_u32(5) })
		);
		assert_ok!(Treasury::contribute(RuntimeOrigin::signed(1), COMMUNITY, 100));
		let position = Positions::<Test>::get(COMMUNITY, 1).unwrap();
		assert_eq!(position.native_minted, 998 * 2 + 100 * 5);
		let before = issuance();
		assert_ok!(Treasury::withdraw(RuntimeOrigin::signed(1), COMMUNITY, position.shares));
		assert_eq!(issuance(), before - (998 * 2 + 100 * 5));
		assert_eq!(native(1), START_NATIVE);
	});
}

#[test]
fn root_calls_need_root() {
	build_and_execute(|| {
		let rate = FixedU128::from_u32(3);
		assert_noop!(Treasury::set_rate(RuntimeOrigin::signed(1), rate), DispatchError::BadOrigin);
		assert_noop!(
			Treasury::set_paused(RuntimeOrigin::signed(1), COMMUNITY, true),
			DispatchError::BadOrigin
		);
		assert_ok!(Treasury::set_paused(RuntimeOrigin::root(), COMMUNITY, true));
		assert!(Paused::<Test>::contains_key(COMMUNITY));
		assert!(treasury_events()
			.contains(&TreasuryEvent::PauseSet { community: COMMUNITY, paused: true }));
		assert_ok!(Treasury::set_paused(RuntimeOrigin::root(), COMMUNITY, false));
		assert!(!Paused::<Test>::contains_key(COMMUNITY));
		assert_ok!(Treasury::contribute(RuntimeOrigin::signed(1), COMMUNITY, 10));
	});
}

// ---- rounding ----

#[test]
fn contribute_withdraw_round_trips_never_gain() {
	for amount in [1, 2, 3, 7, 10, 99, 1_000, 9_999] {
		build_and_execute(|| {
			contribute(1, COMMUNITY, 1_000);
			assert_ok!(Ledger::reserve(COMMUNITY, 333)); // an odd price: 998 shares for 665
			let before = payment(2);
			if Treasury::contribute(RuntimeOrigin::signed(2), COMMUNITY, amount).is_ok() {
				assert_ok!(Treasury::withdraw(
					RuntimeOrigin::signed(2),
					COMMUNITY,
					shares(2, COMMUNITY)
				));
			}
			assert!(payment(2) <= before, "a round trip of {amount} gained");
			assert_eq!(native(2), START_NATIVE, "a round trip of {amount} kept native tokens");
		});
	}
}

#[test]
fn many_small_withdrawals_never_beat_one_large_one() {
	let one = new_test_ext().execute_with(|| {
		contribute(1, COMMUNITY, 1_000);
		assert_ok!(Ledger::reserve(COMMUNITY, 333));
		contribute(2, COMMUNITY, 777);
		assert_ok!(Treasury::withdraw(RuntimeOrigin::signed(2), COMMUNITY, shares(2, COMMUNITY)));
		payment(2)
	});
	build_and_execute(|| {
		contribute(1, COMMUNITY, 1_000);
		assert_ok!(Ledger::reserve(COMMUNITY, 333));
		contribute(2, COMMUNITY, 777);
		while shares(2, COMMUNITY) > 0 {
			assert_ok!(Treasury::withdraw(RuntimeOrigin::signed(2), COMMUNITY, 1));
		}
		assert!(payment(2) <= one);
		assert_eq!(native(2), START_NATIVE);
	});
}

#[test]
fn one_unit_and_huge_contributions_keep_the_books() {
	build_and_execute(|| {
		contribute(1, COMMUNITY, MIN_BALANCE + 1);
		assert_eq!(pot(COMMUNITY).total_shares, 1);
		assert_ok!(Treasury::set_rate(RuntimeOrigin::root(), FixedU128::from_u32(0)));
		let huge = Balance::MAX / 4;
		for who in [20, 21] {
			assert_ok!(Assets::mint_into(PAYMENT, &who, huge));
			assert_ok!(Balances::mint_into(&who, 10));
			set_member(COMMUNITY, who, true);
			assert_ok!(Treasury::contribute(RuntimeOrigin::signed(who), COMMUNITY, huge));
		}
		assert_eq!(pot(COMMUNITY).value, 1 + 2 * huge);
		assert_ok!(Treasury::withdraw(RuntimeOrigin::signed(20), COMMUNITY, shares(20, COMMUNITY)));
		assert!(payment(20) <= huge);
		assert_ok!(Treasury::withdraw(RuntimeOrigin::signed(1), COMMUNITY, 1));
		assert!(payment(1) <= START_PAYMENT - MIN_BALANCE);
	});
}

#[test]
fn pricing_at_u128_extremes_never_creates_value() {
	let max = u128::MAX;
	let pot = |value, total_shares| Pot::<u64, u128> {
		value,
		reserved: 0,
		total_shares,
		depositor: 0,
		deposit: 0,
	};
	// 1:1 into an empty pot, even at the maximum.
	assert_eq!(pot(0, 0).shares_for(max, 10), Ok(max));
	// A share count beyond u128 is an error, not a wrap.
	assert_eq!(pot(1, 2).shares_for(max, 10), Err(PricingError::Overflow));
	// No division before multiplication: 1 unit into a huge pot priced at 1 buys 1 share.
	assert_eq!(pot(max, max).shares_for(1, 10), Ok(1));
	// A share worth more than one unit: one unit buys nothing.
	assert_eq!(pot(max, max / 2).shares_for(1, 10), Err(PricingError::TooSmall));
	assert_eq!(pot(max / 2, max).shares_for(1, 10), Ok(2));
	assert_eq!(pot(0, 1).shares_for(1, 10), Err(PricingError::Depleted));
	assert_eq!(pot(1, 11).shares_for(1, 10), Err(PricingError::Depleted));
	assert_eq!(pot(1, 10).shares_for(1, 10), Ok(10));
	// Redemption rounds down and never exceeds the value.
	assert_eq!(pot(max, max).value_of(max), max);
	assert_eq!(pot(max - 1, max).value_of(1), 0);
	assert_eq!(pot(max, max - 1).value_of(max - 2), max - 2);
	assert_eq!(pot(0, 0).value_of(5), 0);
	// Burn parts round up and never exceed the whole.
	let position = Position::<u128> { shares: 3, ..Default::default() };
	assert_eq!(position.part_of(10, 1), 4);
	assert_eq!(position.part_of(10, 3), 10);
	let position = Position::<u128> { shares: max, ..Default::default() };
	assert_eq!(position.part_of(max, 1), 1);
	assert_eq!(mul_div(max, max, max, Rounding::Down), Some(max));
	assert_eq!(mul_div(1u128, 1, 0, Rounding::Down), None);
}

// ---- the pot ledger ----

#[test]
fn reservations_leave_the_value_and_come_back_or_get_paid() {
	build_and_execute(|| {
		contribute(1, COMMUNITY, 1_000);
		assert_ok!(Ledger::reserve(COMMUNITY, 300));
		assert_eq!((pot(COMMUNITY).value, pot(COMMUNITY).reserved), (698, 300));
		assert_ok!(Ledger::unreserve(COMMUNITY, 100));
		assert_eq!((pot(COMMUNITY).value, pot(COMMUNITY).reserved), (798, 200));
		assert_ok!(Ledger::pay_reserved(COMMUNITY, &30, 200));
		assert_eq!(payment(30), 200);
		assert_eq!(pot_balance(COMMUNITY), 800);
		assert_eq!((pot(COMMUNITY).value, pot(COMMUNITY).reserved), (798, 0));
		let events = treasury_events();
		assert!(events.contains(&TreasuryEvent::Reserved { community: COMMUNITY, amount: 300 }));
		assert!(events.contains(&TreasuryEvent::Unreserved {
			community: COMMUNITY,
			amount: 100,
			to_value: true
		}));
		assert!(events.contains(&TreasuryEvent::ReservedPaid {
			community: COMMUNITY,
			to: 30,
			amount: 200
		}));
	});
}

#[test]
fn a_refund_to_a_pot_without_shares_is_not_value() {
	build_and_execute(|| {
		contribute(1, COMMUNITY, 1_000);
		assert_ok!(Ledger::reserve(COMMUNITY, 500));
		assert_ok!(Treasury::withdraw(RuntimeOrigin::signed(1), COMMUNITY, 998));
		assert_eq!(payment(1), START_PAYMENT - 1_000 + 498);
		assert_ok!(Ledger::unreserve(COMMUNITY, 500));
		assert!(treasury_events().contains(&TreasuryEvent::Unreserved {
			community: COMMUNITY,
			amount: 500,
			to_value: false
		}));
		assert_eq!(Pots::<Test>::get(COMMUNITY), None);
		assert_eq!(held(1, HoldReason::Pot), 0);
		assert_eq!(pot_balance(COMMUNITY), 500 + MIN_BALANCE);
		// The next member buys at 1:1 and cannot take the orphaned refund.
		assert_eq!(contribute(2, COMMUNITY, 100), 100);
		assert_ok!(Treasury::withdraw(RuntimeOrigin::signed(2), COMMUNITY, 100));
		assert_eq!(payment(2), START_PAYMENT);
	});
}

#[test]
fn the_ledger_rejects_bad_input() {
	build_and_execute(|| {
		assert_noop!(Ledger::reserve(COMMUNITY, 1), Error::<Test>::NoPot);
		assert_noop!(Ledger::unreserve(COMMUNITY, 1), Error::<Test>::NoPot);
		assert_noop!(Ledger::pay_reserved(COMMUNITY, &30, 1), Error::<Test>::NoPot);
		assert_noop!(Ledger::spend_credits(COMMUNITY, &1, 1), Error::<Test>::NoPosition);
		contribute(1, COMMUNITY, 1_000);
		assert_noop!(Ledger::reserve(COMMUNITY, 999), Error::<Test>::InsufficientFreeValue);
		assert_noop!(Ledger::unreserve(COMMUNITY, 1), Error::<Test>::InsufficientReserved);
		assert_noop!(Ledger::pay_reserved(COMMUNITY, &30, 1), Error::<Test>::InsufficientReserved);
		assert_noop!(Ledger::spend_credits(COMMUNITY, &1, 999), Error::<Test>::InsufficientCredits);
		assert_noop!(Ledger::spend_credits(COMMUNITY, &1, 0), Error::<Test>::ZeroAmount);
	});
}

#[test]
fn spent_credits_are_not_burned_again() {
	build_and_execute(|| {
		contribute(1, COMMUNITY, 1_000); // 998 credits
		assert_ok!(Ledger::spend_credits(COMMUNITY, &1, 900));
		assert!(treasury_events().contains(&TreasuryEvent::CreditsSpent {
			community: COMMUNITY,
			who: 1,
			amount: 900
		}));
		assert_ok!(Treasury::withdraw(RuntimeOrigin::signed(1), COMMUNITY, 499));
		let position = Positions::<Test>::get(COMMUNITY, 1).unwrap();
		assert_eq!(position.credits, 98 - 49);
		assert!(matches!(
			treasury_events().last(),
			Some(TreasuryEvent::Withdrawn { credits_burned: 49, .. })
		));
	});
}

// ---- issuance and quotes ----

#[test]
fn issuance_changes_only_by_the_mints_and_burns_in_the_events() {
	build_and_execute(|| {
		let start = issuance();
		contribute(1, COMMUNITY, 1_000);
		contribute(2, COMMUNITY, 333);
		contribute(3, OTHER, 77);
		assert_ok!(Ledger::reserve(COMMUNITY, 100));
		assert_ok!(Treasury::withdraw(RuntimeOrigin::signed(1), COMMUNITY, 400));
		assert_ok!(Treasury::withdraw(RuntimeOrigin::signed(2), COMMUNITY, 333));
		assert_ok!(Ledger::pay_reserved(COMMUNITY, &30, 100));
		assert_ok!(Treasury::withdraw(RuntimeOrigin::signed(3), OTHER, 10));
		let (mut minted, mut burned) = (0, 0);
		for event in treasury_events() {
			match event {
				TreasuryEvent::Contributed { native_minted, .. } => minted += native_minted,
				TreasuryEvent::Withdrawn { native_burned, .. } => burned += native_burned,
				_ => {},
			}
		}
		assert!(minted > 0 && burned > 0);
		assert_eq!(issuance(), start + minted - burned);
	});
}

#[test]
fn quotes_match_what_the_calls_do() {
	build_and_execute(|| {
		let quote = Treasury::quote_contribute(COMMUNITY, &1, 1_000).unwrap();
		assert_eq!(
			quote,
			ContributionQuote {
				endowment: 2,
				shares: 998,
				native: 1_996,
				credits: 998,
				deposit: 2
			}
		);
		contribute(1, COMMUNITY, 1_000);
		assert_ok!(Ledger::reserve(COMMUNITY, 333));
		let quote = Treasury::quote_contribute(COMMUNITY, &2, 500).unwrap();
		let native_before = native(2);
		let shares = contribute(2, COMMUNITY, 500);
		assert_eq!(quote.shares, shares);
		assert_eq!(native(2), native_before + quote.native - quote.deposit);

		let quote = Treasury::quote_withdraw(COMMUNITY, &2, shares).unwrap();
		let (payment_before, native_before) = (payment(2), native(2));
		assert_ok!(Treasury::withdraw(RuntimeOrigin::signed(2), COMMUNITY, shares));
		assert_eq!(payment(2), payment_before + quote.amount);
		assert_eq!(native(2), native_before - quote.native_burned + quote.deposit_released);
		assert_eq!(quote.deposit_released, 1);

		// Quotes fail as the calls would.
		assert_eq!(
			Treasury::quote_contribute(COMMUNITY, &1, 0),
			Err(Error::<Test>::ZeroAmount.into())
		);
		assert_eq!(
			Treasury::quote_withdraw(COMMUNITY, &2, 1),
			Err(Error::<Test>::NoPosition.into())
		);
	});
}

#[test]
fn views_show_pot_and_position() {
	build_and_execute(|| {
		assert_eq!(Treasury::pot_view(COMMUNITY), None);
		contribute(1, COMMUNITY, 1_000);
		assert_ok!(Ledger::reserve(COMMUNITY, 100));
		assert_eq!(
			Treasury::pot_view(COMMUNITY),
			Some(PotView {
				account: Treasury::pot_account(COMMUNITY),
				balance: 1_000,
				value: 898,
				reserved: 100,
				total_shares: 998,
				paused: false,
			})
		);
		assert_eq!(
			Treasury::position_view(COMMUNITY, &1),
			Some(PositionView {
				shares: 998,
				value: 898,
				credits: 998,
				contributed: 1_000,
				native_minted: 1_996,
				deposit: 1,
			})
		);
		assert_eq!(Treasury::position_view(COMMUNITY, &2), None);
	});
}

#[test]
fn try_state_catches_a_broken_ledger() {
	new_test_ext().execute_with(|| {
		contribute(1, COMMUNITY, 1_000);
		assert_ok!(Treasury::do_try_state());
		Pots::<Test>::mutate(COMMUNITY, |pot| {
			if let Some(pot) = pot {
				pot.total_shares += 1;
			}
		});
		assert!(Treasury::do_try_state().is_err());
		Pots::<Test>::mutate(COMMUNITY, |pot| {
			if let Some(pot) = pot {
				pot.total_shares -= 1;
				pot.value += 1_000; // more value than the account holds
			}
		});
		assert!(Treasury::do_try_state().is_err());
	});
}

#[test]
fn the_payment_asset_moves_through_fungibles_only() {
	build_and_execute(|| {
		// The pot account is an ordinary account of the payment asset.
		contribute(1, COMMUNITY, 1_000);
		let account = Treasury::pot_account(COMMUNITY);
		assert_eq!(Assets::balance(PAYMENT, account), 1_000);
		assert_eq!(
			Assets::reducible_balance(
				PAYMENT,
				&account,
				Preservation::Preserve,
				frame_support::traits::tokens::Fortitude::Polite
			),
			1_000 - MIN_BALANCE
		);
	});
}
