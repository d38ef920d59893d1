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
	/// Moves `who`'s frozen budget (the pallet's single freeze on the account) from its current
	/// value by `-release + add`. This is the only place the freeze changes.
	///
	/// An increase must stay within the account's [`Self::freezable`] balance
	/// (`InsufficientBalance`); a decrease always succeeds, whatever other holds or freezes
	/// the account has.
	pub(crate) fn adjust_budget(
		who: &T::AccountId,
		release: BalanceOf<T>,
		add: BalanceOf<T>,
	) -> DispatchResult {
		let current = Self::frozen_budget(who);
		let new = current
			.checked_sub(&release)
			.ok_or(Error::<T>::Overflow)?
			.checked_add(&add)
			.ok_or(Error::<T>::Overflow)?;
		if new > current {
			ensure!(new <= Self::freezable(who), Error::<T>::InsufficientBalance);
		}
		if new != current {
			T::Currency::set_freeze(&FreezeReason::Voting.into(), who, new)?;
		}
		Ok(())
	}

	/// The sum of the costs of `who`'s outstanding votes: the pallet's freeze on the account.
	pub fn frozen_budget(who: &T::AccountId) -> BalanceOf<T> {
		T::Currency::balance_frozen(&FreezeReason::Voting.into(), who)
	}

	/// What `who`'s votes may freeze in all: its free balance less the existential deposit and
	/// `FeeReserve`, so a voter that froze all it could still pays the fees to retract or
	/// unfreeze.
	pub fn freezable(who: &T::AccountId) -> BalanceOf<T> {
		T::Currency::balance(who)
			.saturating_sub(T::Currency::minimum_balance())
			.saturating_sub(T::FeeReserve::get())
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
		Tallies::<T>::insert(community, id, ProposalTally::open_until(deadline));
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
		ensure!(!Votes::<T>::contains_key((community, proposal), &who), Error::<T>::AlreadyVoted);
		let cost = Self::checked_cost(power)?;

		tally.add_vote(aye, power).ok_or(Error::<T>::Overflow)?;
		Self::adjust_budget(&who, Zero::zero(), cost)?;
		Self::note_vote_deadline(community, &who, tally.deadline)?;
		Tallies::<T>::insert(community, proposal, tally);
		Votes::<T>::insert((community, proposal), &who, Vote { aye, power, cost });

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
		let old = Votes::<T>::get((community, proposal), &who).ok_or(Error::<T>::NoVote)?;
		let cost = Self::checked_cost(power)?;

		tally.remove_vote(old.aye, old.power).ok_or(Error::<T>::Overflow)?;
		tally.add_vote(aye, power).ok_or(Error::<T>::Overflow)?;
		Self::adjust_budget(&who, old.cost, cost)?;
		Tallies::<T>::insert(community, proposal, tally);
		Votes::<T>::insert((community, proposal), &who, Vote { aye, power, cost });

		Self::deposit_event(Event::VoteModified { community, proposal, who, aye, power, cost });
		Ok(())
	}

	pub(crate) fn do_retract_vote(
		community: CommunityId,
		proposal: ProposalId,
		who: T::AccountId,
	) -> DispatchResult {
		let mut tally = Self::votable_tally(community, proposal)?;
		let old = Votes::<T>::take((community, proposal), &who).ok_or(Error::<T>::NoVote)?;

		tally.remove_vote(old.aye, old.power).ok_or(Error::<T>::Overflow)?;
		Self::adjust_budget(&who, old.cost, Zero::zero())?;
		Self::note_vote_released(community, &who)?;
		Tallies::<T>::insert(community, proposal, tally);

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

	/// Unfreezes `who`'s vote on a proposal that is no longer open. A vote only exists on a
	/// proposal that was open when it was cast, so a vote whose proposal is not open is on a
	/// closed one, whether its outcome is still kept or pruned.
	pub(crate) fn do_unfreeze(
		community: CommunityId,
		proposal: ProposalId,
		who: T::AccountId,
	) -> DispatchResult {
		ensure!(!Tallies::<T>::contains_key(community, proposal), Error::<T>::ProposalNotClosed);
		Self::release_vote(community, proposal, &who)?;
		Ok(())
	}

	/// Removes `who`'s vote on the closed `proposal` and unfreezes its cost.
	pub(crate) fn release_vote(
		community: CommunityId,
		proposal: ProposalId,
		who: &T::AccountId,
	) -> DispatchResult {
		let old = Votes::<T>::take((community, proposal), who).ok_or(Error::<T>::NoVote)?;
		Self::adjust_budget(who, old.cost, Zero::zero())?;
		Self::note_vote_released(community, who)?;
		Self::deposit_event(Event::VoteUnfrozen {
			community,
			proposal,
			who: who.clone(),
			released: old.cost,
		});
		Ok(())
	}
}
