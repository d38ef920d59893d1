//! Model funding: a passed `FundModel` moves payment asset from the pot to the model's funding
//! account (all or nothing), and a passed `ReturnModelFunds` brings what is left back.

use super::*;
use frame_support::traits::fungibles::Inspect as AssetsInspect;

const FUNDED: Balance = 1_000;

fn pot_value() -> Balance {
	pallet_community_treasury::Pots::<Test>::get(C).expect("a pot").value
}

fn funded_community() {
	active_with_executor(&[1, 2]);
	assert_ok!(Treasury::contribute(signed(1), C, FUNDED + MIN_PAYMENT));
}

/// Pushes a funding proposal by 1, votes it through with 2 and closes it.
fn pass_funding(model: u32, amount: Option<Balance>, epochs: u32) -> ProposalId {
	let p = Communities::<Test>::get(C).unwrap().next_proposal_id;
	assert_ok!(Voting::push_model_funding_proposal(
		signed(1),
		C,
		model,
		amount,
		epochs,
		md(b"pay the hosts")
	));
	assert_ok!(Voting::vote(signed(2), C, p, true, 1));
	assert_ok!(Voting::force_close(RuntimeOrigin::root(), C, p));
	p
}

fn account_of(model: u32) -> AccountId {
	<MockModels as crate::ModelFunding<AccountId, Balance>>::funding_account(model)
}

#[test]
fn a_passed_funding_moves_the_amount_to_the_model_and_a_return_brings_the_rest_back() {
	build_and_execute(|| {
		funded_community();
		let issuance = Assets::total_issuance(PAYMENT);
		let p = pass_funding(0, Some(300), 3);
		assert_eq!(
			Proposals::<Test>::get(C, p).map(|o| o.action),
			None,
			"closed: the action was applied"
		);
		assert!(voting_events().contains(&Event::ModelFunded {
			community: C,
			model: 0,
			amount: 300,
			epochs: 3
		}));
		assert_eq!(pot_value(), FUNDED - 300);
		assert_eq!(Assets::balance(PAYMENT, account_of(0)), 300);
		assert_eq!(MockModels::funding(0, C), Some(300));
		assert!(!PendingExecutions::<Test>::contains_key(C, p), "nothing is queued");

		// The peers were paid 100 of it: a return brings back the 200 left.
		MockModels::pay_out(0, C, 3, 100);
		assert_eq!(MockModels::funding(0, C), Some(200));
		pass_funding(0, None, 0);
		assert_eq!(MockModels::funding(0, C), None);
		assert_eq!(Assets::balance(PAYMENT, account_of(0)), 0);
		assert_eq!(pot_value(), FUNDED - 300 + 200);
		assert!(voting_events().contains(&Event::ModelFundsReturned {
			community: C,
			model: 0,
			amount: 200
		}));
		assert_eq!(Assets::total_issuance(PAYMENT), issuance, "moved, never minted");
	});
}

#[test]
fn a_funding_the_pot_or_the_model_cannot_take_moves_nothing() {
	build_and_execute(|| {
		funded_community();
		let too_much = pass_funding(0, Some(FUNDED + 1), 1);
		assert!(voting_events().contains(&Event::ProposalUnfunded {
			community: C,
			proposal: too_much,
			budget: FUNDED + 1
		}));
		let unknown = pass_funding(MODELS, Some(10), 1);
		assert!(voting_events().contains(&Event::ProposalUnfunded {
			community: C,
			proposal: unknown,
			budget: 10
		}));
		assert_eq!(pot_value(), FUNDED, "all or nothing");
		assert_eq!(Treasury::pot_view(C).unwrap().reserved, 0);
		assert_eq!(Assets::balance(PAYMENT, account_of(MODELS)), 0);
		// Returning a funding that does not exist changes nothing either.
		pass_funding(1, None, 0);
		assert_eq!(pot_value(), FUNDED);
		assert!(!voting_events().iter().any(|e| matches!(e, Event::ModelFundsReturned { .. })));
	});
}

#[test]
fn funding_proposals_need_an_amount_and_epochs() {
	build_and_execute(|| {
		funded_community();
		assert_noop!(
			Voting::push_model_funding_proposal(signed(1), C, 0, Some(0), 1, md(b"x")),
			Error::<Test>::ZeroBudget
		);
		assert_noop!(
			Voting::push_model_funding_proposal(signed(1), C, 0, Some(5), 0, md(b"x")),
			Error::<Test>::ZeroEpochs
		);
		assert_noop!(
			Voting::push_model_funding_proposal(signed(5), C, 0, Some(5), 1, md(b"x")),
			Error::<Test>::NotMember
		);
	});
}
