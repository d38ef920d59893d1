//! End-to-end: the community treasury on a running dev node (instant seal), with subxt. A
//! newcomer who holds only dUSD (and 2 DAO for its fees and deposits) joins a community,
//! quotes and makes a contribution, reads its position through `TreasuryApi`, votes with the
//! minted tokens, cannot withdraw while its vote is outstanding, and withdraws after unfreezing:
//! its dUSD come back and exactly the minted tokens are burned.

mod common;

use common::{event, payment_balance, seal_blocks, submit, submit_failing, DevNode, PAYMENT_ASSET};
use subxt::dynamic::Value;
use subxt_signer::{sr25519::dev, sr25519::Keypair, SecretUri};

const UNIT: u128 = 1_000_000_000_000;
const PAYMENT_UNIT: u128 = 1_000_000;
const MIN_BALANCE: u128 = PAYMENT_UNIT / 100;
const COMMUNITY: u32 = 42;

fn tx(pallet: &str, name: &str, args: Vec<Value>) -> subxt::tx::DynamicPayload<Vec<Value>> {
	subxt::dynamic::transaction(pallet, name, args)
}

fn id(who: [u8; 32]) -> Value {
	Value::unnamed_variant("Id", [Value::from_bytes(who)])
}

#[derive(Debug, scale_decode::DecodeAsType)]
struct ContributionQuote {
	endowment: u128,
	shares: u128,
	native: u128,
	credits: u128,
	deposit: u128,
}

#[derive(Debug, scale_decode::DecodeAsType)]
struct PositionView {
	shares: u128,
	value: u128,
	credits: u128,
	contributed: u128,
	native_minted: u128,
	deposit: u128,
}

#[derive(Debug, scale_decode::DecodeAsType)]
struct PotView {
	account: [u8; 32],
	balance: u128,
	value: u128,
	reserved: u128,
	total_shares: u128,
	paused: bool,
}

#[derive(Debug, scale_decode::DecodeAsType)]
struct Contributed {
	community: u32,
	who: [u8; 32],
	amount: u128,
	shares: u128,
	native_minted: u128,
	credits: u128,
}

#[derive(Debug, scale_decode::DecodeAsType)]
struct Withdrawn {
	community: u32,
	who: [u8; 32],
	shares: u128,
	amount: u128,
	native_burned: u128,
	credits_burned: u128,
}

#[derive(Debug, scale_decode::DecodeAsType)]
struct Supply {
	who: [u8; 32],
	amount: u128,
}

#[derive(Debug, scale_decode::DecodeAsType)]
struct Voted {
	who: [u8; 32],
	power: u32,
	cost: u128,
}

/// `TreasuryApi::<method>(args)` at the current block.
macro_rules! api_call {
	($api:expr, $ret:ty, $method:literal, $args:expr) => {{
		let at = $api.at_current_block().await.expect("current block");
		let payload = subxt::dynamic::runtime_api_call::<_, $ret>("TreasuryApi", $method, $args);
		at.runtime_apis().call(payload).await.expect(concat!("TreasuryApi_", $method))
	}};
}

#[tokio::test(flavor = "multi_thread")]
async fn a_member_contributes_votes_with_the_minted_tokens_and_withdraws() {
	let dir = tempfile::tempdir().expect("temp dir");
	let node = DevNode::start(dir.path(), &["--sealing", "instant"]);
	let api = node.client().await;
	let (alice, charlie) = (dev::alice(), dev::charlie());
	let uri: SecretUri = "//Newcomer".parse().expect("a dev uri");
	let newcomer = Keypair::from_uri(&uri).expect("a key");
	let who: [u8; 32] = newcomer.public_key().0;

	// The newcomer: 200 dUSD and 2 DAO (for its fees and deposits), nothing else.
	let fees = Value::u128(2 * UNIT);
	submit(&api, tx("Balances", "transfer_keep_alive", vec![id(who), fees]), &alice).await;
	let to_newcomer =
		vec![Value::u128(PAYMENT_ASSET.into()), id(who), Value::u128(200 * PAYMENT_UNIT)];
	submit(&api, tx("Assets", "transfer", to_newcomer), &alice).await;
	assert_eq!(payment_balance(&api, who).await, 200 * PAYMENT_UNIT);

	let none = || Value::unnamed_variant("None", []);
	let create =
		vec![Value::u128(COMMUNITY.into()), Value::u128(2), Value::u128(1), none(), none()];
	submit(&api, tx("Voting", "create_community", create), &alice).await;
	submit(&api, tx("Voting", "join_community", vec![Value::u128(COMMUNITY.into())]), &newcomer)
		.await;

	// Quote, then contribute 100 dUSD: the pot's first 0.01 dUSD is its existential balance.
	let amount = 100 * PAYMENT_UNIT;
	let quote = api_call!(
		api,
		Result<ContributionQuote, Value>,
		"quote_contribute",
		(COMMUNITY, who, amount)
	);
	let quote = quote.expect("the contribution would succeed");
	let valued = amount - MIN_BALANCE;
	assert_eq!((quote.endowment, quote.shares, quote.credits), (MIN_BALANCE, valued, valued));
	assert_eq!(quote.native, valued * (UNIT / PAYMENT_UNIT));
	assert!(quote.deposit > 0);
	let events = submit(
		&api,
		tx("Treasury", "contribute", vec![Value::u128(COMMUNITY.into()), Value::u128(amount)]),
		&newcomer,
	)
	.await;
	let contributed: Contributed = event(&events, "Treasury", "Contributed");
	assert_eq!((contributed.community, contributed.who), (COMMUNITY, who));
	assert_eq!((contributed.amount, contributed.shares), (amount, quote.shares));
	assert_eq!((contributed.native_minted, contributed.credits), (quote.native, quote.credits));
	let minted: Supply = event(&events, "Balances", "Minted");
	assert_eq!((minted.who, minted.amount), (who, quote.native));
	assert_eq!(payment_balance(&api, who).await, 200 * PAYMENT_UNIT - amount);

	let position = api_call!(api, Option<PositionView>, "position", (COMMUNITY, who));
	let position = position.expect("a position");
	assert_eq!((position.shares, position.value, position.credits), (valued, valued, valued));
	assert_eq!((position.contributed, position.native_minted), (amount, quote.native));
	assert!(position.deposit > 0);
	let pot = api_call!(api, Option<PotView>, "pot", (COMMUNITY,));
	let pot = pot.expect("a pot");
	assert_eq!((pot.balance, pot.value, pot.reserved), (amount, valued, 0));
	assert_eq!((pot.total_shares, pot.paused), (valued, false));
	assert_eq!(payment_balance(&api, pot.account).await, amount, "any wallet sees the pot");

	// Power 9 costs 81 DAO, which only the minted tokens pay for.
	let command = br#"{"v":1,"kind":"train","args":{"epochs":1}}"#.to_vec();
	let push = vec![
		Value::u128(COMMUNITY.into()),
		Value::from_bytes(&command),
		Value::unnamed_variant("None", []),
	];
	submit(&api, tx("Voting", "push_proposal", push), &alice).await;
	let budget = |amount: u128| tx("Voting", "set_vote_budget", vec![Value::u128(amount)]);
	submit(&api, budget(81 * UNIT), &newcomer).await;
	let vote =
		vec![Value::u128(COMMUNITY.into()), Value::u128(0), Value::bool(true), Value::u128(9)];
	let voted: Voted =
		event(&submit(&api, tx("Voting", "vote", vote), &newcomer).await, "Voting", "Voted");
	assert_eq!((voted.who, voted.power, voted.cost), (who, 9, 81 * UNIT));

	let withdraw =
		|| tx("Treasury", "withdraw", vec![Value::u128(COMMUNITY.into()), Value::u128(valued)]);
	let error = submit_failing(&api, withdraw(), &newcomer).await;
	assert!(error.contains("OutstandingVotes"), "{error}");

	seal_blocks(&node.url(), 100).await;
	let proposal = || vec![Value::u128(COMMUNITY.into()), Value::u128(0)];
	submit(&api, tx("Voting", "close_proposal", proposal()), &charlie).await;
	// The vote is final, but the budget still freezes the tokens the shares carry.
	let error = submit_failing(&api, withdraw(), &newcomer).await;
	assert!(error.contains("NativeTokensFrozen"), "{error}");
	submit(&api, budget(0), &newcomer).await;

	let events = submit(&api, withdraw(), &newcomer).await;
	let withdrawn: Withdrawn = event(&events, "Treasury", "Withdrawn");
	assert_eq!((withdrawn.community, withdrawn.who, withdrawn.shares), (COMMUNITY, who, valued));
	assert_eq!((withdrawn.amount, withdrawn.native_burned), (valued, quote.native));
	assert_eq!(withdrawn.credits_burned, valued);
	let burned: Supply = event(&events, "Balances", "Burned");
	assert_eq!((burned.who, burned.amount), (who, quote.native));
	assert_eq!(payment_balance(&api, who).await, 200 * PAYMENT_UNIT - MIN_BALANCE);
	let position = api_call!(api, Option<PositionView>, "position", (COMMUNITY, who));
	assert!(position.is_none());
	let pot = api_call!(api, Option<PotView>, "pot", (COMMUNITY,));
	assert!(pot.is_none(), "the pot record goes with its last share");

	node.stop();
}
