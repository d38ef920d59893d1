//! Proposals and quadratic votes, and the frozen-budget bookkeeping behind them.

use crate::{pallet::*, quadratic::vote_cost, types::*, weights::WeightInfo};
use frame_support::{
	dispatch::{DispatchResultWithPostInfo, PostDispatchInfo},
	ensure,
	pallet_prelude::*,
	storage::with_storage_layer,
	traits::fungible::{Inspect, InspectFreeze, MutateFreeze},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{CheckedAdd, CheckedSub, Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Sets `who`'s budget, the pallet's freeze on the account, to `budget`: the only place the
	/// freeze changes. The budget must cover the costs of the account's live votes
	/// (`BudgetBelowCommitted`) and, when it grows, stay within [`Self::freezable`]
	/// (`InsufficientBalance`). The first budget creates the account's [`Voter`] record and holds
	/// its deposit; a zero budget with no live vote removes it and returns the deposit.
	pub(crate) fn do_set_vote_budget(who: T::AccountId, budget: BalanceOf<T>) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		let current = Self::frozen_budget(&who);
		let record = Voters::<T>::get(&who);
		let committed = match &record {
			Some(voter) => voter.committed(&now).ok_or(Error::<T>::Overflow)?,
			None => Zero::zero(),
		};
		ensure!(budget >= committed, Error::<T>::BudgetBelowCommitted);

		match record {
			Some(voter) if budget.is_zero() => {
				Voters::<T>::remove(&who);
				Self::release_deposit(HoldReason::Voter, &who, voter.deposit);
			},
			Some(mut voter) => {
				voter.settle(&now);
				Voters::<T>::insert(&who, voter);
			},
			None if budget.is_zero() => {},
			None => {
				let deposit = Self::voter_deposit(&who);
				Self::hold_deposit(HoldReason::Voter, &who, deposit)?;
				Voters::<T>::insert(&who, VoterOf::<T>::new(deposit));
			},
		}
		if budget > current {
			ensure!(budget <= Self::freezable(&who), Error::<T>::InsufficientBalance);
		}
		if budget != current {
			T::Currency::set_freeze(&FreezeReason::Voting.into(), &who, budget)?;
		}
		Self::deposit_event(Event::VoteBudgetSet { who, budget, committed });
		Ok(())
	}

	/// The account's budget: the pallet's freeze on it, which its live votes draw on.
	pub fn frozen_budget(who: &T::AccountId) -> BalanceOf<T> {
		T::Currency::balance_frozen(&FreezeReason::Voting.into(), who)
	}

	/// What `who`'s budget may freeze in all: its free balance less the existential deposit and
	/// `FeeReserve`, so a voter that froze all it could still pays the fees to lower its
	/// budget again.
	pub fn freezable(who: &T::AccountId) -> BalanceOf<T> {
		T::Currency::balance(who)
			.saturating_sub(T::Currency::minimum_balance())
			.saturating_sub(T::FeeReserve::get())
	}

	/// The costs of `who`'s votes that are live now (the committed part of its budget).
	pub fn committed_budget(who: &T::AccountId) -> BalanceOf<T> {
		let now = frame_system::Pallet::<T>::block_number();
		Voters::<T>::get(who)
			.and_then(|voter| voter.committed(&now))
			.unwrap_or_else(Zero::zero)
	}

	/// Whether `who` has a vote in `community` that can still change (a live vote).
	pub fn has_live_vote_in(community: CommunityId, who: &T::AccountId) -> bool {
		let now = frame_system::Pallet::<T>::block_number();
		Voters::<T>::get(who).is_some_and(|voter| voter.has_live_vote_in(community, &now))
	}

	/// `who`'s record with the votes that are final now dropped (their costs are back in the
	/// budget), or `missing` if it has none.
	fn settled_voter(who: &T::AccountId, missing: Error<T>) -> Result<VoterOf<T>, Error<T>> {
		let mut voter = Voters::<T>::get(who).ok_or(missing)?;
		voter.settle(&frame_system::Pallet::<T>::block_number());
		Ok(voter)
	}

	/// Checks that `who`'s budget covers its live votes (those of `voter`, settled) once a
	/// vote that costs `cost` replaces votes worth `released` (`InsufficientBudget`).
	fn ensure_budget_covers(
		who: &T::AccountId,
		voter: &VoterOf<T>,
		released: BalanceOf<T>,
		cost: BalanceOf<T>,
	) -> DispatchResult {
		let committed = voter
			.committed(&frame_system::Pallet::<T>::block_number())
			.and_then(|sum| sum.checked_sub(&released))
			.and_then(|sum| sum.checked_add(&cost))
			.ok_or(Error::<T>::Overflow)?;
		ensure!(committed <= Self::frozen_budget(who), Error::<T>::InsufficientBudget);
		Ok(())
	}

	/// The cost of a vote of `power`: `power >= 1`, and `power² × VotePrice` must not
	/// overflow.
	fn checked_cost(power: VotePower) -> Result<BalanceOf<T>, Error<T>> {
		ensure!(power >= 1, Error::<T>::ZeroPower);
		vote_cost(power, T::VotePrice::get()).ok_or(Error::<T>::VoteCostOverflow)
	}

	/// The tally of the open proposal, if it still accepts votes (`now < deadline`).
	fn votable_tally(
		community: CommunityId,
		proposal: ProposalId,
	) -> Result<ProposalTally<BlockNumberFor<T>>, DispatchError> {
		let tally = Tallies::<T>::get(community, proposal).ok_or(Error::<T>::UnknownProposal)?;
		ensure!(
			tally.accepts_votes_at(frame_system::Pallet::<T>::block_number()),
			Error::<T>::VotingClosed
		);
		Ok(tally)
	}

	/// The tally of the open proposal `who` may vote on now: `who` is a member and
	/// `now < deadline`.
	fn tally_for_member(
		community: CommunityId,
		proposal: ProposalId,
		who: &T::AccountId,
	) -> Result<ProposalTally<BlockNumberFor<T>>, DispatchError> {
		ensure!(Self::is_member(community, who), Error::<T>::NotMember);
		Self::votable_tally(community, proposal)
	}

	pub(crate) fn do_push_proposal(
		community: CommunityId,
		proposer: T::AccountId,
		action: ProposalActionOf<T>,
		metadata: MetadataOf<T>,
	) -> DispatchResult {
		let mut info = Self::live_community(community)?;
		let mut membership =
			Members::<T>::get(community, &proposer).ok_or(Error::<T>::NotMember)?;
		ensure!(info.status == CommunityStatus::Active, Error::<T>::CommunityNotActive);
		ensure!(!metadata.is_empty(), Error::<T>::EmptyMetadata);
		ensure!(
			membership.open_proposals < T::MaxProposalsPerMember::get(),
			Error::<T>::TooManyProposalsByMember
		);
		ensure!(info.open_proposals < T::MaxOpenProposals::get(), Error::<T>::TooManyOpenProposals);
		ensure!(
			info.open_proposals.saturating_add(info.pending_executions)
				< T::MaxOpenProposals::get(),
			Error::<T>::ExecutionBacklogFull
		);

		let id = info.next_proposal_id;
		info.next_proposal_id = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		info.open_proposals = info.open_proposals.checked_add(1).ok_or(Error::<T>::Overflow)?;
		membership.open_proposals =
			membership.open_proposals.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let deadline =
			frame_system::Pallet::<T>::block_number().saturating_add(T::VotingPeriod::get());
		let mut open = Proposal {
			proposer: proposer.clone(),
			action,
			deposit: ProposalDeposit { command: Zero::zero(), outcome: Zero::zero() },
			metadata: metadata.clone(),
		};
		open.deposit = Self::proposal_deposit(community, id, &open);
		Self::hold_deposit(
			HoldReason::Proposal,
			&proposer,
			open.deposit.command.saturating_add(open.deposit.outcome),
		)?;

		Communities::<T>::insert(community, info);
		Members::<T>::insert(community, &proposer, membership);
		Proposals::<T>::insert(community, id, open);
		let serial = NextProposalSerial::<T>::get();
		NextProposalSerial::<T>::put(serial.checked_add(1).ok_or(Error::<T>::Overflow)?);
		Tallies::<T>::insert(community, id, ProposalTally::open_until(serial, deadline));
		Self::deposit_event(Event::ProposalPushed {
			community,
			proposal: id,
			proposer,
			deadline,
			metadata,
		});
		Ok(())
	}

	pub(crate) fn do_vote(
		community: CommunityId,
		proposal: ProposalId,
		who: T::AccountId,
		aye: bool,
		power: VotePower,
	) -> DispatchResult {
		let mut tally = Self::tally_for_member(community, proposal, &who)?;
		let cost = Self::checked_cost(power)?;
		let mut voter = Self::settled_voter(&who, Error::<T>::InsufficientBudget)?;
		Self::ensure_budget_covers(&who, &voter, Zero::zero(), cost)?;
		ensure!(voter.position(tally.serial).is_none(), Error::<T>::AlreadyVoted);

		tally.add_vote(aye, power).ok_or(Error::<T>::Overflow)?;
		voter
			.votes
			.try_push(CastVote {
				community,
				proposal,
				serial: tally.serial,
				deadline: tally.deadline,
				aye,
				power,
				cost,
			})
			.map_err(|_| Error::<T>::TooManyVotes)?;
		Tallies::<T>::insert(community, proposal, tally);
		Voters::<T>::insert(&who, voter);

		Self::deposit_event(Event::Voted { community, proposal, who, aye, power, cost });
		Ok(())
	}

	pub(crate) fn do_modify_vote(
		community: CommunityId,
		proposal: ProposalId,
		who: T::AccountId,
		aye: bool,
		power: VotePower,
	) -> DispatchResult {
		let mut tally = Self::tally_for_member(community, proposal, &who)?;
		let cost = Self::checked_cost(power)?;
		let mut voter = Self::settled_voter(&who, Error::<T>::NoVote)?;
		let vote = voter
			.position(tally.serial)
			.and_then(|index| voter.votes.get(index).copied().map(|vote| (index, vote)));
		let (index, old) = vote.ok_or(Error::<T>::NoVote)?;
		Self::ensure_budget_covers(&who, &voter, old.cost, cost)?;

		tally.remove_vote(old.aye, old.power).ok_or(Error::<T>::Overflow)?;
		tally.add_vote(aye, power).ok_or(Error::<T>::Overflow)?;
		if let Some(vote) = voter.votes.get_mut(index) {
			*vote = CastVote { aye, power, cost, ..old };
		}
		Tallies::<T>::insert(community, proposal, tally);
		Voters::<T>::insert(&who, voter);

		Self::deposit_event(Event::VoteModified { community, proposal, who, aye, power, cost });
		Ok(())
	}

	pub(crate) fn do_retract_vote(
		community: CommunityId,
		proposal: ProposalId,
		who: T::AccountId,
	) -> DispatchResult {
		let mut tally = Self::votable_tally(community, proposal)?;
		let mut voter = Self::settled_voter(&who, Error::<T>::NoVote)?;
		let index = voter.position(tally.serial).ok_or(Error::<T>::NoVote)?;
		let old = voter.votes.remove(index);

		tally.remove_vote(old.aye, old.power).ok_or(Error::<T>::Overflow)?;
		Tallies::<T>::insert(community, proposal, tally);
		Voters::<T>::insert(&who, voter);

		Self::deposit_event(Event::VoteRetracted { community, proposal, who, released: old.cost });
		Ok(())
	}

	/// Closes `proposal`: once its deadline has passed, or at any time with `force`. It passes
	/// iff the quorum is reached ([`Community::turnout_reached`]) and `aye > nay`. Records the
	/// outcome, frees the open-proposal slot and emits the metadata. A passed command takes the
	/// slot over in [`PendingExecutions`] (waiting for the executor, present or next), keeping
	/// the command part of the proposer's deposit, which is returned otherwise; a passed
	/// executor change is applied ([`Self::change_executor`]), a dispute decided, a model funded
	/// or its funding returned. Refunds the weight of the metadata bytes it did not emit and of
	/// the dispute decision it did not make.
	pub(crate) fn do_close(
		community: CommunityId,
		proposal: ProposalId,
		force: bool,
	) -> DispatchResultWithPostInfo {
		let mut info = Self::community(community)?;
		let open = Proposals::<T>::get(community, proposal).ok_or(Error::<T>::UnknownProposal)?;
		let tally = Tallies::<T>::get(community, proposal).ok_or(Error::<T>::UnknownProposal)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(force || !tally.accepts_votes_at(now), Error::<T>::VotingStillOpen);

		info.open_proposals = info.open_proposals.checked_sub(1).ok_or(Error::<T>::Overflow)?;
		let passed = info.turnout_reached(tally.voters) && tally.aye > tally.nay;
		let mut queued = false;
		let mut decided = false;
		if passed {
			match open.action.clone() {
				ProposalAction::SetExecutor { executor } => {
					Self::change_executor(community, &mut info, executor)
				},
				ProposalAction::ResolveDispute { job, pay } => {
					// A payment no longer disputed (decided or settled meanwhile) stays as it is.
					// The decision cannot fail while the pot is solvent (`try_state`); if it did,
					// the close still goes through and the dispute waits for Root.
					if Self::disputed_payment(community, job).is_ok() {
						let result =
							with_storage_layer(|| Self::do_resolve_dispute(community, job, pay));
						decided = result.is_ok();
						if result.is_err() {
							log::warn!(target: "runtime::voting", "dispute {community}/{job} not decided");
						}
					}
				},
				ProposalAction::Command => {
					queued = Self::queue_passed_command(
						community,
						&mut info,
						proposal,
						&open,
						Zero::zero(),
					)?
				},
				ProposalAction::PaidCommand { budget } => {
					queued =
						Self::queue_passed_command(community, &mut info, proposal, &open, budget)?
				},
				ProposalAction::FundModel { model, amount, epochs } => {
					Self::fund_model(community, proposal, model, amount, epochs)
				},
				ProposalAction::ReturnModelFunds { model } => {
					Self::return_model_funds(community, model)
				},
			}
		}
		if !queued {
			Self::release_deposit(HoldReason::Proposal, &open.proposer, open.deposit.command);
		}
		Members::<T>::mutate_exists(community, &open.proposer, |membership| {
			if let Some(membership) = membership {
				membership.open_proposals = membership.open_proposals.saturating_sub(1);
			}
		});
		Communities::<T>::insert(community, info);
		Proposals::<T>::remove(community, proposal);
		Tallies::<T>::remove(community, proposal);
		Outcomes::<T>::insert(
			community,
			proposal,
			ProposalOutcome {
				proposer: open.proposer,
				deposit: open.deposit.outcome,
				passed,
				aye: tally.aye,
				nay: tally.nay,
				closed_at: now,
			},
		);

		let metadata_len = open.metadata.len() as u32;
		Self::deposit_event(Event::ProposalClosed {
			community,
			proposal,
			passed,
			aye: tally.aye,
			nay: tally.nay,
			metadata: open.metadata,
		});
		let close = if force {
			T::WeightInfo::force_close(metadata_len)
		} else {
			T::WeightInfo::close_proposal(metadata_len)
		};
		let decision = if decided { T::WeightInfo::resolve_dispute() } else { Weight::zero() };
		let actual = close.saturating_add(decision);
		Ok(PostDispatchInfo { actual_weight: Some(actual), pays_fee: Pays::Yes })
	}
}
