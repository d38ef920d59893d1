import { Enum, GetEnum, SizedHex, SS58String, ResultPayload, FixedSizeArray, TxCallData } from "polkadot-api";
type AnonymousEnum<T extends {}> = T & {
    __anonymous: true;
};
type MyTuple<T> = [T, ...T[]];
type SeparateUndefined<T> = undefined extends T ? undefined | Exclude<T, undefined> : T;
type Anonymize<T> = SeparateUndefined<T extends string | number | bigint | boolean | void | undefined | null | symbol | Uint8Array | Enum<any> ? T : T extends AnonymousEnum<infer V> ? Enum<V> : T extends MyTuple<any> ? {
    [K in keyof T]: T[K];
} : T extends [] ? [] : T extends FixedSizeArray<infer L, infer T> ? number extends L ? Array<T> : FixedSizeArray<L, T> : {
    [K in keyof T & string]: T[K];
}>;
export type I5sesotjlssv2d = {
    "nonce": number;
    "consumers": number;
    "providers": number;
    "sufficients": number;
    "data": Anonymize<I1q8tnt1cluu5j>;
};
export type I1q8tnt1cluu5j = {
    "free": bigint;
    "reserved": bigint;
    "frozen": bigint;
    "flags": bigint;
};
export type Iffmde3ekjedi9 = {
    "normal": Anonymize<I4q39t5hn830vp>;
    "operational": Anonymize<I4q39t5hn830vp>;
    "mandatory": Anonymize<I4q39t5hn830vp>;
};
export type I4q39t5hn830vp = {
    "ref_time": bigint;
    "proof_size": bigint;
};
export type I4mddgoa69c0a2 = Array<DigestItem>;
export type DigestItem = Enum<{
    "PreRuntime": [SizedHex<4>, Uint8Array];
    "Consensus": [SizedHex<4>, Uint8Array];
    "Seal": [SizedHex<4>, Uint8Array];
    "Other": Uint8Array;
    "RuntimeEnvironmentUpdated": undefined;
}>;
export declare const DigestItem: GetEnum<DigestItem>;
export type I4nm2ouqs0qvna = Array<{
    "phase": Phase;
    "event": Enum<{
        "System": Anonymize<I7nq1red5a4m3l>;
        "Grandpa": GrandpaEvent;
        "Balances": Anonymize<I9ro6ef767lkfq>;
        "TransactionPayment": TransactionPaymentEvent;
        "Sudo": Anonymize<I8c1ovna9ahd21>;
        "MultiBlockMigrations": Anonymize<I94co7vj7h6bo>;
        "Voting": Anonymize<I5le9tm3n072g7>;
        "Consensus": Anonymize<I45n18vhier4e3>;
        "Assets": Anonymize<Ibse1c0pgtcdtn>;
        "Treasury": Anonymize<I2oktdm1rbe2le>;
    }>;
    "topics": Anonymize<Ic5m5lp1oioo8r>;
}>;
export type Phase = Enum<{
    "ApplyExtrinsic": number;
    "Finalization": undefined;
    "Initialization": undefined;
}>;
export declare const Phase: GetEnum<Phase>;
export type I7nq1red5a4m3l = AnonymousEnum<{
    /**
     * An extrinsic completed successfully.
     */
    "ExtrinsicSuccess": Anonymize<Ia82mnkmeo2rhc>;
    /**
     * An extrinsic failed.
     */
    "ExtrinsicFailed": Anonymize<Ifrpg92ommbd8f>;
    /**
     * `:code` was updated to the code with the given hash.
     */
    "CodeUpdated": Anonymize<I1jm8m1rh9e20v>;
    /**
     * A new account was created.
     */
    "NewAccount": Anonymize<Icbccs0ug47ilf>;
    /**
     * An account was reaped.
     */
    "KilledAccount": Anonymize<Icbccs0ug47ilf>;
    /**
     * On on-chain remark happened.
     */
    "Remarked": Anonymize<I855j4i3kr8ko1>;
    /**
     * An upgrade was authorized.
     */
    "UpgradeAuthorized": Anonymize<Ibgl04rn6nbfm6>;
    /**
     * An invalid authorized upgrade was rejected while trying to apply it.
     */
    "RejectedInvalidAuthorizedUpgrade": Anonymize<I9ore0ta15q4b3>;
}>;
export type Ia82mnkmeo2rhc = {
    "dispatch_info": Anonymize<Ic9s8f85vjtncc>;
};
export type Ic9s8f85vjtncc = {
    "weight": Anonymize<I4q39t5hn830vp>;
    "class": DispatchClass;
    "pays_fee": Enum<{
        "Yes": undefined;
        "No": undefined;
    }>;
};
export type DispatchClass = Enum<{
    "Normal": undefined;
    "Operational": undefined;
    "Mandatory": undefined;
}>;
export declare const DispatchClass: GetEnum<DispatchClass>;
export type Ifrpg92ommbd8f = {
    "dispatch_error": Anonymize<I75u1r2ftl8a3c>;
    "dispatch_info": Anonymize<Ic9s8f85vjtncc>;
};
export type I75u1r2ftl8a3c = AnonymousEnum<{
    "Other": undefined;
    "CannotLookup": undefined;
    "BadOrigin": undefined;
    "Module": Enum<{
        "System": Anonymize<I5o0s7c8q1cc9b>;
        "Timestamp": undefined;
        "Aura": undefined;
        "Grandpa": Anonymize<I7q8i0pp1gkas6>;
        "Balances": Anonymize<Idj13i7adlomht>;
        "TransactionPayment": undefined;
        "Sudo": Anonymize<Iaug04qjhbli00>;
        "MultiBlockMigrations": Anonymize<Iaaqq5jevtahm8>;
        "Voting": Anonymize<I1eqs705gc922o>;
        "Consensus": Anonymize<Ienml5h2bqv6vs>;
        "Assets": Anonymize<Ide093k05nogkn>;
        "Treasury": Anonymize<I6f0bkctdtabrq>;
    }>;
    "ConsumerRemaining": undefined;
    "NoProviders": undefined;
    "TooManyConsumers": undefined;
    "Token": TokenError;
    "Arithmetic": ArithmeticError;
    "Transactional": TransactionalError;
    "Exhausted": undefined;
    "Corruption": undefined;
    "Unavailable": undefined;
    "RootNotAllowed": undefined;
    "Trie": Enum<{
        "InvalidStateRoot": undefined;
        "IncompleteDatabase": undefined;
        "ValueAtIncompleteKey": undefined;
        "DecoderError": undefined;
        "InvalidHash": undefined;
        "DuplicateKey": undefined;
        "ExtraneousNode": undefined;
        "ExtraneousValue": undefined;
        "ExtraneousHashReference": undefined;
        "InvalidChildReference": undefined;
        "ValueMismatch": undefined;
        "IncompleteProof": undefined;
        "RootMismatch": undefined;
        "DecodeError": undefined;
    }>;
}>;
export type I5o0s7c8q1cc9b = AnonymousEnum<{
    /**
     * The name of specification does not match between the current runtime
     * and the new runtime.
     */
    "InvalidSpecName": undefined;
    /**
     * The specification version is not allowed to decrease between the current runtime
     * and the new runtime.
     */
    "SpecVersionNeedsToIncrease": undefined;
    /**
     * Failed to extract the runtime version from the new runtime.
     *
     * Either calling `Core_version` or decoding `RuntimeVersion` failed.
     */
    "FailedToExtractRuntimeVersion": undefined;
    /**
     * Suicide called when the account has non-default composite data.
     */
    "NonDefaultComposite": undefined;
    /**
     * There is a non-zero reference count preventing the account from being purged.
     */
    "NonZeroRefCount": undefined;
    /**
     * The origin filter prevent the call to be dispatched.
     */
    "CallFiltered": undefined;
    /**
     * A multi-block migration is ongoing and prevents the current code from being replaced.
     */
    "MultiBlockMigrationsOngoing": undefined;
    /**
     * No upgrade authorized.
     */
    "NothingAuthorized": undefined;
    /**
     * The submitted code is not authorized.
     */
    "Unauthorized": undefined;
}>;
export type I7q8i0pp1gkas6 = AnonymousEnum<{
    /**
     * Attempt to signal GRANDPA pause when the authority set isn't live
     * (either paused or already pending pause).
     */
    "PauseFailed": undefined;
    /**
     * Attempt to signal GRANDPA resume when the authority set isn't paused
     * (either live or already pending resume).
     */
    "ResumeFailed": undefined;
    /**
     * Attempt to signal GRANDPA change with one already pending.
     */
    "ChangePending": undefined;
    /**
     * Cannot signal forced change so soon after last.
     */
    "TooSoon": undefined;
    /**
     * A key ownership proof provided as part of an equivocation report is invalid.
     */
    "InvalidKeyOwnershipProof": undefined;
    /**
     * An equivocation proof provided as part of an equivocation report is invalid.
     */
    "InvalidEquivocationProof": undefined;
    /**
     * A given equivocation report is valid but already previously reported.
     */
    "DuplicateOffenceReport": undefined;
}>;
export type Idj13i7adlomht = AnonymousEnum<{
    /**
     * Vesting balance too high to send value.
     */
    "VestingBalance": undefined;
    /**
     * Account liquidity restrictions prevent withdrawal.
     */
    "LiquidityRestrictions": undefined;
    /**
     * Balance too low to send value.
     */
    "InsufficientBalance": undefined;
    /**
     * Value too low to create account due to existential deposit.
     */
    "ExistentialDeposit": undefined;
    /**
     * Transfer/payment would kill account.
     */
    "Expendability": undefined;
    /**
     * A vesting schedule already exists for this account.
     */
    "ExistingVestingSchedule": undefined;
    /**
     * Beneficiary account must pre-exist.
     */
    "DeadAccount": undefined;
    /**
     * Number of named reserves exceed `MaxReserves`.
     */
    "TooManyReserves": undefined;
    /**
     * Number of holds exceed `VariantCountOf<T::RuntimeHoldReason>`.
     */
    "TooManyHolds": undefined;
    /**
     * Number of freezes exceed `MaxFreezes`.
     */
    "TooManyFreezes": undefined;
    /**
     * The issuance cannot be modified since it is already deactivated.
     */
    "IssuanceDeactivated": undefined;
    /**
     * The delta cannot be zero.
     */
    "DeltaZero": undefined;
}>;
export type Iaug04qjhbli00 = AnonymousEnum<{
    /**
     * Sender must be the Sudo account.
     */
    "RequireSudo": undefined;
}>;
export type Iaaqq5jevtahm8 = AnonymousEnum<{
    /**
     * The operation cannot complete since some MBMs are ongoing.
     */
    "Ongoing": undefined;
}>;
export type I1eqs705gc922o = AnonymousEnum<{
    /**
     * The bootstrap limit `N` must be at least 1.
     */
    "InvalidBootstrapLimit": undefined;
    /**
     * The whitelist threshold `W` must be at least 1 and at most `MaxWhitelistThreshold`.
     */
    "InvalidWhitelistThreshold": undefined;
    /**
     * A community with this id exists already.
     */
    "CommunityExists": undefined;
    /**
     * No community with this id.
     */
    "UnknownCommunity": undefined;
    /**
     * The account is a member already.
     */
    "AlreadyMember": undefined;
    /**
     * The caller is not a member of the community.
     */
    "NotMember": undefined;
    /**
     * The community is active and the candidate has fewer vouches from current members
     * than the whitelist threshold.
     */
    "NotWhitelisted": undefined;
    /**
     * The candidate is a member already; vouching for members is pointless.
     */
    "CandidateIsMember": undefined;
    /**
     * The caller has vouched for this candidate already.
     */
    "AlreadyVouched": undefined;
    /**
     * The candidate has the maximum number of vouches from current members.
     */
    "TooManyVouches": undefined;
    /**
     * The member still has a vote in this community that can change (cast on a proposal
     * whose deadline has not passed, and not retracted).
     */
    "HasOutstandingVotes": undefined;
    /**
     * The community is still bootstrapping: no proposals yet.
     */
    "CommunityNotActive": undefined;
    /**
     * The community is active already.
     */
    "CommunityAlreadyActive": undefined;
    /**
     * The community has `MaxOpenProposals` open proposals.
     */
    "TooManyOpenProposals": undefined;
    /**
     * The proposal metadata is empty.
     */
    "EmptyMetadata": undefined;
    /**
     * No open proposal with this id in the community.
     */
    "UnknownProposal": undefined;
    /**
     * The proposal's deadline has passed: no more votes, changes or retractions.
     */
    "VotingClosed": undefined;
    /**
     * The proposal's deadline has not passed yet: it cannot be closed.
     */
    "VotingStillOpen": undefined;
    /**
     * The caller voted on this proposal already (use `modify_vote`).
     */
    "AlreadyVoted": undefined;
    /**
     * The caller has no vote on this proposal.
     */
    "NoVote": undefined;
    /**
     * Voting power must be at least 1.
     */
    "ZeroPower": undefined;
    /**
     * `power² × VotePrice` overflows the balance type.
     */
    "VoteCostOverflow": undefined;
    /**
     * The account's free balance (less the existential deposit and `FeeReserve`) cannot
     * cover this budget.
     */
    "InsufficientBalance": undefined;
    /**
     * The proposal is still open.
     */
    "ProposalNotClosed": undefined;
    /**
     * The caller's voting budget does not cover its live votes with this one: raise it
     * with `set_vote_budget` first.
     */
    "InsufficientBudget": undefined;
    /**
     * The budget would not cover the caller's live votes: retract some, or wait for their
     * deadlines.
     */
    "BudgetBelowCommitted": undefined;
    /**
     * The caller has `MaxVotesPerVoter` live votes already.
     */
    "TooManyVotes": undefined;
    /**
     * Open proposals and passed proposals waiting for a receipt fill the community's
     * `MaxOpenProposals` slots: its executor has to report first.
     */
    "ExecutionBacklogFull": undefined;
    /**
     * Only the community's creator, while it is a member, or Root may do this.
     */
    "NotCreator": undefined;
    /**
     * The caller is not the community's executor (or the community has none).
     */
    "NotExecutor": undefined;
    /**
     * The proposal was closed without passing: there is nothing to execute.
     */
    "ProposalNotPassed": undefined;
    /**
     * A receipt for this proposal was reported already.
     */
    "AlreadyReported": undefined;
    /**
     * The account cannot hold the storage deposit this call takes (its free balance is
     * too low).
     */
    "CannotHoldDeposit": undefined;
    /**
     * The bootstrap limit `N` is above `MaxBootstrapMembers`.
     */
    "BootstrapLimitTooHigh": undefined;
    /**
     * The member has `MaxProposalsPerMember` open proposals in this community.
     */
    "TooManyProposalsByMember": undefined;
    /**
     * The member has open proposals in this community: they have to be closed first.
     */
    "HasOpenProposals": undefined;
    /**
     * The caller has no vouch for this candidate.
     */
    "NoVouch": undefined;
    /**
     * The retention period of this outcome or receipt has not passed yet.
     */
    "RetentionNotOver": undefined;
    /**
     * The proposal's command still waits for its receipt: its outcome stays.
     */
    "ExecutionPending": undefined;
    /**
     * The proposal has no outcome (it is open, unknown or pruned already).
     */
    "NoOutcome": undefined;
    /**
     * The proposal has no receipt.
     */
    "NoReceipt": undefined;
    /**
     * The community has passed proposals waiting for their receipt.
     */
    "HasPendingExecutions": undefined;
    /**
     * The community is being dissolved.
     */
    "CommunityDissolving": undefined;
    /**
     * The community is not being dissolved (see `dissolve_community`).
     */
    "CommunityNotDissolving": undefined;
    /**
     * The caller is not the community's proposed executor.
     */
    "NotProposedExecutor": undefined;
    /**
     * The passed proposal's command is not waiting for a receipt (it changed the
     * executor, or its receipt was pruned).
     */
    "NotQueued": undefined;
    /**
     * The community is active: its executor changes by a passed `push_executor_proposal`
     * (or by Root).
     */
    "ExecutorChangesByVote": undefined;
    /**
     * A counter would overflow.
     */
    "Overflow": undefined;
    /**
     * A budget must be at least one unit of the payment asset.
     */
    "ZeroBudget": undefined;
    /**
     * The pot's free value cannot cover the budget (or the community has no pot).
     */
    "CannotReserveBudget": undefined;
    /**
     * The member's access credits cannot cover the budget.
     */
    "InsufficientCredits": undefined;
    /**
     * The account cannot hold the executor bond.
     */
    "CannotHoldBond": undefined;
    /**
     * The job's execution timeout has not passed (or the community has no executor, so
     * the clock has not started).
     */
    "NotExpired": undefined;
    /**
     * The job has no payment waiting (it had no budget, is not reported, or is settled).
     */
    "NoPayment": undefined;
    /**
     * The payment is disputed: it waits for a decision.
     */
    "PaymentDisputed": undefined;
    /**
     * The payment's `PayoutDelay` has not passed yet.
     */
    "PayoutDelayNotOver": undefined;
    /**
     * The payment's `PayoutDelay` is over: it can no longer be disputed.
     */
    "DisputeWindowOver": undefined;
    /**
     * The payment is not disputed.
     */
    "NotDisputed": undefined;
    /**
     * `Expired` is written by `expire_job`; an executor reports `Succeeded` or `Failed`.
     */
    "CannotReportExpired": undefined;
    /**
     * A model funding is paid over at least one epoch.
     */
    "ZeroEpochs": undefined;
    /**
     * The community has payments to settle: claim or decide them first.
     */
    "HasUnsettledPayments": undefined;
}>;
export type Ienml5h2bqv6vs = AnonymousEnum<{
    /**
     * The model path is empty.
     */
    "InvalidPath": undefined;
    /**
     * A model with this path exists.
     */
    "ModelExists": undefined;
    /**
     * `MaxModels` models exist.
     */
    "TooManyModels": undefined;
    /**
     * No model with this id.
     */
    "UnknownModel": undefined;
    /**
     * The peer id is empty.
     */
    "InvalidPeerId": undefined;
    /**
     * The stake is below `MinStake`.
     */
    "StakeTooLow": undefined;
    /**
     * The account cannot hold the stake.
     */
    "InsufficientBalance": undefined;
    /**
     * The account is a peer of this model already.
     */
    "AlreadyPeer": undefined;
    /**
     * Another peer of the model uses this peer id.
     */
    "PeerIdTaken": undefined;
    /**
     * The model has `MaxModelPeers` peers.
     */
    "TooManyPeers": undefined;
    /**
     * The model is funded by `MaxFundingsPerModel` communities already.
     */
    "TooManyFundings": undefined;
    /**
     * A funding is paid over at least one epoch.
     */
    "ZeroFundingEpochs": undefined;
    /**
     * A funding must be at least one unit of the payment asset.
     */
    "ZeroFundingAmount": undefined;
    /**
     * The community does not fund this model.
     */
    "NoFunding": undefined;
    /**
     * The account's stake for this model is still cooling down.
     */
    "StakeCoolingDown": undefined;
    /**
     * Peers join and leave only in the first `PeerChangeWindow` blocks of an epoch.
     */
    "OutsidePeerWindow": undefined;
    /**
     * Nobody submits in the peer window at the start of an epoch.
     */
    "InPeerWindow": undefined;
    /**
     * The previous epoch's consensus is still being formed.
     */
    "ConsensusInProgress": undefined;
    /**
     * The caller is not a peer of the model.
     */
    "NotModelPeer": undefined;
    /**
     * The caller's account has more penalties than `MaxAccountPenaltyCount`.
     */
    "TooManyPenalties": undefined;
    /**
     * The model is younger than `MinRequiredModelConsensusSubmitEpochs`.
     */
    "ModelNotMature": undefined;
    /**
     * The caller joined fewer than `MinRequiredPeerConsensusSubmitEpochs` epochs ago.
     */
    "PeerNotMature": undefined;
    /**
     * The model has fewer than `MinModelPeers` peers eligible to submit.
     */
    "NotEnoughEligiblePeers": undefined;
    /**
     * The caller submitted this epoch already.
     */
    "AlreadySubmitted": undefined;
    /**
     * The caller unconfirmed this epoch already.
     */
    "AlreadyUnconfirmed": undefined;
    /**
     * The submission has no entries.
     */
    "EmptyData": undefined;
    /**
     * The submission has more entries than the model has peers.
     */
    "TooMuchData": undefined;
    /**
     * A score is outside `1..=10_000`.
     */
    "ScoreOutOfRange": undefined;
    /**
     * The entries' uids are not strictly increasing (sort them; no uid twice).
     */
    "UnsortedUids": undefined;
    /**
     * A uid in the submission was never issued in the model.
     */
    "UnknownUid": undefined;
    /**
     * Nothing is owed to the caller for this model (or what is cannot be paid yet: a
     * payment below the asset's minimum balance for an account that holds none).
     */
    "NothingToClaim": undefined;
    /**
     * No stake of the caller is cooling down for this model.
     */
    "NothingToRelease": undefined;
    /**
     * A counter would overflow.
     */
    "Overflow": undefined;
}>;
export type Ide093k05nogkn = AnonymousEnum<{
    /**
     * Account balance must be greater than or equal to the transfer amount.
     */
    "BalanceLow": undefined;
    /**
     * The account to alter does not exist.
     */
    "NoAccount": undefined;
    /**
     * The signing account has no permission to do the operation.
     */
    "NoPermission": undefined;
    /**
     * The given asset ID is unknown.
     */
    "Unknown": undefined;
    /**
     * The origin account is frozen.
     */
    "Frozen": undefined;
    /**
     * The asset ID is already taken.
     */
    "InUse": undefined;
    /**
     * Invalid witness data given.
     */
    "BadWitness": undefined;
    /**
     * Minimum balance should be non-zero.
     */
    "MinBalanceZero": undefined;
    /**
     * Unable to increment the consumer reference counters on the account. Either no provider
     * reference exists to allow a non-zero balance of a non-self-sufficient asset, or one
     * fewer then the maximum number of consumers has been reached.
     */
    "UnavailableConsumer": undefined;
    /**
     * Invalid metadata given.
     */
    "BadMetadata": undefined;
    /**
     * No approval exists that would allow the transfer.
     */
    "Unapproved": undefined;
    /**
     * The source account would not survive the transfer and it needs to stay alive.
     */
    "WouldDie": undefined;
    /**
     * The asset-account already exists.
     */
    "AlreadyExists": undefined;
    /**
     * The asset-account doesn't have an associated deposit.
     */
    "NoDeposit": undefined;
    /**
     * The operation would result in funds being burned.
     */
    "WouldBurn": undefined;
    /**
     * The asset is a live asset and is actively being used. Usually emit for operations such
     * as `start_destroy` which require the asset to be in a destroying state.
     */
    "LiveAsset": undefined;
    /**
     * The asset is not live, and likely being destroyed.
     */
    "AssetNotLive": undefined;
    /**
     * The asset status is not the expected status.
     */
    "IncorrectStatus": undefined;
    /**
     * The asset should be frozen before the given operation.
     */
    "NotFrozen": undefined;
    /**
     * Callback action resulted in error
     */
    "CallbackFailed": undefined;
    /**
     * The asset ID is not the one required by [`Config::AssetIdAllocator`].
     */
    "BadAssetId": undefined;
    /**
     * The [`Config::AssetIdAllocator`] cannot allocate the asset ID: the id space is
     * exhausted.
     */
    "AssetIdAllocationFailed": undefined;
    /**
     * The asset cannot be destroyed because some accounts for this asset contain freezes.
     */
    "ContainsFreezes": undefined;
    /**
     * The asset cannot be destroyed because some accounts for this asset contain holds.
     */
    "ContainsHolds": undefined;
    /**
     * Tried setting too many reserves.
     */
    "TooManyReserves": undefined;
    /**
     * The asset deposit could not be fully moved due to a lock or freeze on the owner.
     */
    "IncompleteDepositTransfer": undefined;
}>;
export type I6f0bkctdtabrq = AnonymousEnum<{
    /**
     * The amount (or share count) is zero.
     */
    "ZeroAmount": undefined;
    /**
     * No community with this id exists.
     */
    "UnknownCommunity": undefined;
    /**
     * Only members of the community may contribute to its pot.
     */
    "NotMember": undefined;
    /**
     * Root paused this community's pot: no contribution or withdrawal until it unpauses.
     */
    "Paused": undefined;
    /**
     * The caller does not have `amount` of the payment asset it can spend.
     */
    "InsufficientPaymentAsset": undefined;
    /**
     * The contribution is too small: after the pot's existential balance it buys less
     * than one share.
     */
    "ContributionTooSmall": undefined;
    /**
     * The pot paid out so much of its value that its shares are worth less than
     * `1 / MaxSharesPerValue` each: it takes no new money.
     */
    "PotDepleted": undefined;
    /**
     * The amounts overflow the balance type (or the native total issuance).
     */
    "Overflow": undefined;
    /**
     * The caller has no position in this pot.
     */
    "NoPosition": undefined;
    /**
     * The caller has fewer shares than it asked to withdraw.
     */
    "InsufficientShares": undefined;
    /**
     * The caller has a vote in this community that can still change (not retracted, its
     * proposal's deadline not passed).
     */
    "OutstandingVotes": undefined;
    /**
     * The native tokens that go with these shares are frozen (the caller's voting
     * budget): lower it with `set_vote_budget` first.
     */
    "NativeTokensFrozen": undefined;
    /**
     * The caller no longer has the native tokens that go with these shares (transferred
     * or held): get them back first.
     */
    "NativeTokensMissing": undefined;
    /**
     * The caller cannot pay the storage deposit (after the mint).
     */
    "CannotHoldDeposit": undefined;
    /**
     * The community has no pot.
     */
    "NoPot": undefined;
    /**
     * The pot's free value cannot cover the reservation.
     */
    "InsufficientFreeValue": undefined;
    /**
     * The pot's reservations do not cover the amount.
     */
    "InsufficientReserved": undefined;
    /**
     * The member's credits do not cover the amount.
     */
    "InsufficientCredits": undefined;
    /**
     * The contribution would leave the member less than the payment asset's minimum
     * balance (which would be lost as dust): contribute everything or leave at least that.
     */
    "WouldLeaveDust": undefined;
}>;
export type TokenError = Enum<{
    "FundsUnavailable": undefined;
    "OnlyProvider": undefined;
    "BelowMinimum": undefined;
    "CannotCreate": undefined;
    "UnknownAsset": undefined;
    "Frozen": undefined;
    "Unsupported": undefined;
    "CannotCreateHold": undefined;
    "NotExpendable": undefined;
    "Blocked": undefined;
}>;
export declare const TokenError: GetEnum<TokenError>;
export type ArithmeticError = Enum<{
    "Underflow": undefined;
    "Overflow": undefined;
    "DivisionByZero": undefined;
}>;
export declare const ArithmeticError: GetEnum<ArithmeticError>;
export type TransactionalError = Enum<{
    "LimitReached": undefined;
    "NoLayer": undefined;
}>;
export declare const TransactionalError: GetEnum<TransactionalError>;
export type I1jm8m1rh9e20v = {
    "hash": SizedHex<32>;
};
export type Icbccs0ug47ilf = {
    "account": SS58String;
};
export type I855j4i3kr8ko1 = {
    "sender": SS58String;
    "hash": SizedHex<32>;
};
export type Ibgl04rn6nbfm6 = {
    "code_hash": SizedHex<32>;
    "check_version": boolean;
};
export type I9ore0ta15q4b3 = {
    "code_hash": SizedHex<32>;
    "error": Anonymize<I75u1r2ftl8a3c>;
};
export type GrandpaEvent = Enum<{
    /**
     * New authority set has been applied.
     */
    "NewAuthorities": Anonymize<I5768ac424h061>;
    /**
     * Current authority set has been paused.
     */
    "Paused": undefined;
    /**
     * Current authority set has been resumed.
     */
    "Resumed": undefined;
}>;
export declare const GrandpaEvent: GetEnum<GrandpaEvent>;
export type I5768ac424h061 = {
    "authority_set": Anonymize<I3geksg000c171>;
};
export type I3geksg000c171 = Array<[SizedHex<32>, bigint]>;
export type I9ro6ef767lkfq = AnonymousEnum<{
    /**
     * An account was created with some free balance.
     */
    "Endowed": Anonymize<Icv68aq8841478>;
    /**
     * An account was removed whose balance was non-zero but below ExistentialDeposit,
     * resulting in an outright loss.
     */
    "DustLost": Anonymize<Ic262ibdoec56a>;
    /**
     * Transfer succeeded.
     */
    "Transfer": Anonymize<Iflcfm9b6nlmdd>;
    /**
     * A balance was set by root.
     */
    "BalanceSet": Anonymize<Ijrsf4mnp3eka>;
    /**
     * Some balance was reserved (moved from free to reserved).
     */
    "Reserved": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some balance was unreserved (moved from reserved to free).
     */
    "Unreserved": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some balance was moved from the reserve of the first account to the second account.
     * Final argument indicates the destination balance type.
     */
    "ReserveRepatriated": Anonymize<I8tjvj9uq4b7hi>;
    /**
     * Some amount was deposited (e.g. for transaction fees).
     */
    "Deposit": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some amount was withdrawn from the account (e.g. for transaction fees).
     */
    "Withdraw": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some amount was removed from the account (e.g. for misbehavior).
     */
    "Slashed": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some amount was minted into an account.
     */
    "Minted": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some credit was balanced and added to the TotalIssuance.
     */
    "MintedCredit": Anonymize<I3qt1hgg4djhgb>;
    /**
     * Some amount was burned from an account.
     */
    "Burned": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some debt has been dropped from the Total Issuance.
     */
    "BurnedDebt": Anonymize<I3qt1hgg4djhgb>;
    /**
     * Some amount was suspended from an account (it can be restored later).
     */
    "Suspended": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some amount was restored into an account.
     */
    "Restored": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * An account was upgraded.
     */
    "Upgraded": Anonymize<I4cbvqmqadhrea>;
    /**
     * Total issuance was increased by `amount`, creating a credit to be balanced.
     */
    "Issued": Anonymize<I3qt1hgg4djhgb>;
    /**
     * Total issuance was decreased by `amount`, creating a debt to be balanced.
     */
    "Rescinded": Anonymize<I3qt1hgg4djhgb>;
    /**
     * Some balance was locked.
     */
    "Locked": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some balance was unlocked.
     */
    "Unlocked": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some balance was frozen.
     */
    "Frozen": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some balance was thawed.
     */
    "Thawed": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * The `TotalIssuance` was forcefully changed.
     */
    "TotalIssuanceForced": Anonymize<I4fooe9dun9o0t>;
    /**
     * Some balance was placed on hold.
     */
    "Held": Anonymize<If40bvlj17n25h>;
    /**
     * Held balance was burned from an account.
     */
    "BurnedHeld": Anonymize<If40bvlj17n25h>;
    /**
     * A transfer of `amount` on hold from `source` to `dest` was initiated.
     */
    "TransferOnHold": Anonymize<It4vk8t5huvcq>;
    /**
     * The `transferred` balance is placed on hold at the `dest` account.
     */
    "TransferAndHold": Anonymize<Ieiail2510b2gp>;
    /**
     * Some balance was released from hold.
     */
    "Released": Anonymize<If40bvlj17n25h>;
    /**
     * An unexpected/defensive event was triggered.
     */
    "Unexpected": Anonymize<Iph9c4rn81ub2>;
}>;
export type Icv68aq8841478 = {
    "account": SS58String;
    "free_balance": bigint;
};
export type Ic262ibdoec56a = {
    "account": SS58String;
    "amount": bigint;
};
export type Iflcfm9b6nlmdd = {
    "from": SS58String;
    "to": SS58String;
    "amount": bigint;
};
export type Ijrsf4mnp3eka = {
    "who": SS58String;
    "free": bigint;
};
export type Id5fm4p8lj5qgi = {
    "who": SS58String;
    "amount": bigint;
};
export type I8tjvj9uq4b7hi = {
    "from": SS58String;
    "to": SS58String;
    "amount": bigint;
    "destination_status": BalanceStatus;
};
export type BalanceStatus = Enum<{
    "Free": undefined;
    "Reserved": undefined;
}>;
export declare const BalanceStatus: GetEnum<BalanceStatus>;
export type I3qt1hgg4djhgb = {
    "amount": bigint;
};
export type I4cbvqmqadhrea = {
    "who": SS58String;
};
export type I4fooe9dun9o0t = {
    "old": bigint;
    "new": bigint;
};
export type If40bvlj17n25h = {
    "reason": Anonymize<Iefv7psmj1vumg>;
    "who": SS58String;
    "amount": bigint;
};
export type Iefv7psmj1vumg = AnonymousEnum<{
    "Voting": Anonymize<Idc80e4nb0pdu1>;
    "Consensus": Enum<{
        "PeerStake": undefined;
    }>;
    "Treasury": Anonymize<I4jbdvaj0g87j1>;
}>;
export type Idc80e4nb0pdu1 = AnonymousEnum<{
    "Community": undefined;
    "Membership": undefined;
    "Vouch": undefined;
    "Proposal": undefined;
    "Receipt": undefined;
    "Dispute": undefined;
    "ExecutorBond": undefined;
    "Voter": undefined;
}>;
export type I4jbdvaj0g87j1 = AnonymousEnum<{
    "Position": undefined;
    "Pot": undefined;
}>;
export type It4vk8t5huvcq = {
    "reason": Anonymize<Iefv7psmj1vumg>;
    "source": SS58String;
    "dest": SS58String;
    "amount": bigint;
};
export type Ieiail2510b2gp = {
    "reason": Anonymize<Iefv7psmj1vumg>;
    "source": SS58String;
    "dest": SS58String;
    "transferred": bigint;
};
export type Iph9c4rn81ub2 = AnonymousEnum<{
    "BalanceUpdated": undefined;
    "FailedToMutateAccount": undefined;
}>;
export type TransactionPaymentEvent = Enum<{
    /**
     * A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,
     * has been paid by `who`.
     */
    "TransactionFeePaid": Anonymize<Ier2cke86dqbr2>;
}>;
export declare const TransactionPaymentEvent: GetEnum<TransactionPaymentEvent>;
export type Ier2cke86dqbr2 = {
    "who": SS58String;
    "actual_fee": bigint;
    "tip": bigint;
};
export type I8c1ovna9ahd21 = AnonymousEnum<{
    /**
     * A sudo call just took place.
     */
    "Sudid": Anonymize<I2nb3gspkvbdo6>;
    /**
     * The sudo key has been updated.
     */
    "KeyChanged": Anonymize<I5rtkmhm2dng4u>;
    /**
     * The key was permanently removed.
     */
    "KeyRemoved": undefined;
    /**
     * A [sudo_as](Pallet::sudo_as) call just took place.
     */
    "SudoAsDone": Anonymize<I2nb3gspkvbdo6>;
}>;
export type I2nb3gspkvbdo6 = {
    /**
     * The result of the call made by the sudo user.
     */
    "sudo_result": Anonymize<I8jk7dnbjd3cdl>;
};
export type I8jk7dnbjd3cdl = ResultPayload<undefined, Anonymize<I75u1r2ftl8a3c>>;
export type I5rtkmhm2dng4u = {
    /**
     * The old sudo key (if one was previously set).
     */
    "old"?: Anonymize<Ihfphjolmsqq1>;
    /**
     * The new sudo key (if one was set).
     */
    "new": SS58String;
};
export type Ihfphjolmsqq1 = (SS58String) | undefined;
export type I94co7vj7h6bo = AnonymousEnum<{
    /**
     * A Runtime upgrade started.
     *
     * Its end is indicated by `UpgradeCompleted` or `UpgradeFailed`.
     */
    "UpgradeStarted": Anonymize<If1co0pilmi7oq>;
    /**
     * The current runtime upgrade completed.
     *
     * This implies that all of its migrations completed successfully as well.
     */
    "UpgradeCompleted": undefined;
    /**
     * Runtime upgrade failed.
     *
     * This is very bad and will require governance intervention.
     */
    "UpgradeFailed": undefined;
    /**
     * A migration was skipped since it was already executed in the past.
     */
    "MigrationSkipped": Anonymize<I666bl2fqjkejo>;
    /**
     * A migration progressed.
     */
    "MigrationAdvanced": Anonymize<Iae74gjak1qibn>;
    /**
     * A Migration completed.
     */
    "MigrationCompleted": Anonymize<Iae74gjak1qibn>;
    /**
     * A Migration failed.
     *
     * This implies that the whole upgrade failed and governance intervention is required.
     */
    "MigrationFailed": Anonymize<Iae74gjak1qibn>;
    /**
     * The set of historical migrations has been cleared.
     */
    "HistoricCleared": Anonymize<I3escdojpj0551>;
}>;
export type If1co0pilmi7oq = {
    /**
     * The number of migrations that this upgrade contains.
     *
     * This can be used to design a progress indicator in combination with counting the
     * `MigrationCompleted` and `MigrationSkipped` events.
     */
    "migrations": number;
};
export type I666bl2fqjkejo = {
    /**
     * The index of the skipped migration within the [`Config::Migrations`] list.
     */
    "index": number;
};
export type Iae74gjak1qibn = {
    /**
     * The index of the migration within the [`Config::Migrations`] list.
     */
    "index": number;
    /**
     * The number of blocks that this migration took so far.
     */
    "took": number;
};
export type I3escdojpj0551 = {
    /**
     * Should be passed to `clear_historic` in a successive call.
     */
    "next_cursor"?: Anonymize<Iabpgqcjikia83>;
};
export type Iabpgqcjikia83 = (Uint8Array) | undefined;
export type I5le9tm3n072g7 = AnonymousEnum<{
    /**
     * A community was created; its creator is its first member.
     */
    "CommunityCreated": Anonymize<I6vp9qenqcvo8k>;
    /**
     * An account became a member.
     */
    "MemberJoined": Anonymize<Iagpb244vejgr0>;
    /**
     * The community became active: proposals open, free entry closed.
     */
    "CommunityActivated": Anonymize<Ib0ikv4f028hpd>;
    /**
     * A member vouched for a candidate; `vouches` counts the candidate's vouches now.
     */
    "AccountWhitelisted": Anonymize<Iafncbtlmj01ha>;
    /**
     * A member left.
     */
    "MemberLeft": Anonymize<Iagpb244vejgr0>;
    /**
     * A proposal was pushed; votes are accepted until `deadline` (exclusive).
     */
    "ProposalPushed": Anonymize<Ic4bklqar84qle>;
    /**
     * A vote was cast; `cost` of the voter's budget is committed to it until the deadline.
     */
    "Voted": Anonymize<Ifohqabum3i08m>;
    /**
     * A vote was changed; `cost` is what it now commits of the budget.
     */
    "VoteModified": Anonymize<Ifohqabum3i08m>;
    /**
     * A vote was retracted; its power left the tally and `released` is back in the budget.
     */
    "VoteRetracted": Anonymize<Icthtprhdlng1a>;
    /**
     * A proposal was closed. If `passed`, the compute instance runs `metadata`.
     */
    "ProposalClosed": Anonymize<Ifg9edgk601k04>;
    /**
     * `executor` was proposed as the community's executor; it becomes it by accepting.
     */
    "ExecutorProposed": Anonymize<Ic20funudrh9sc>;
    /**
     * The community's executor changed: a proposed one accepted (`Some`), or it was
     * removed (`None`). Queued commands wait for the (next) executor.
     */
    "ExecutorChanged": Anonymize<I2o8abtqt7f1k5>;
    /**
     * The executor reported how a passed proposal's command ran.
     */
    "ExecutionReported": Anonymize<Icqo1bhco9bkho>;
    /**
     * `who` set its voting budget (the pallet's freeze on the account) to `budget`;
     * `committed` of it backs its live votes.
     */
    "VoteBudgetSet": Anonymize<Id2urhq2tm7shi>;
    /**
     * A storage deposit was taken: `amount` is held from `who` under `reason`.
     */
    "DepositHeld": Anonymize<I3ih72u3hrmm2u>;
    /**
     * A storage deposit was returned: `amount` held from `who` under `reason` was released.
     */
    "DepositReleased": Anonymize<I3ih72u3hrmm2u>;
    /**
     * A voucher withdrew its vouch for a candidate, or it was pruned as stale.
     */
    "VouchRemoved": Anonymize<I7uee85bftdk2r>;
    /**
     * A closed proposal's outcome was pruned.
     */
    "OutcomePruned": Anonymize<I8t8icrmmphpdj>;
    /**
     * An execution receipt was pruned.
     */
    "ReceiptPruned": Anonymize<I8t8icrmmphpdj>;
    /**
     * Dissolution started: `cleanup_community` now removes the community's storage.
     */
    "CommunityDissolving": Anonymize<Ib0ikv4f028hpd>;
    /**
     * `cleanup_community` removed `removed` entries; more remain.
     */
    "CommunityCleaned": Anonymize<Ifarl8jpi502pr>;
    /**
     * The community's last storage was removed and every deposit returned.
     */
    "CommunityDissolved": Anonymize<Ib0ikv4f028hpd>;
    /**
     * A job entered the execution queue: a passed command (`Voted`) or a member's request
     * (`Requested`), with `budget` reserved in the pot (zero: unpaid).
     */
    "JobQueued": Anonymize<Iubar50lb6r0r>;
    /**
     * A paid command or a model funding passed, but the pot's free value could not cover
     * its budget (or the model could not take the funding): nothing was queued or moved.
     */
    "ProposalUnfunded": Anonymize<I9ki05ubplcmce>;
    /**
     * A passed `FundModel` moved `amount` from the pot to `model`'s funding account.
     */
    "ModelFunded": Anonymize<I6c16o105j38h2>;
    /**
     * A passed `ReturnModelFunds` brought `amount` back from `model` to the pot.
     */
    "ModelFundsReturned": Anonymize<I43v4ea031loef>;
    /**
     * The executor's bond was held (it accepted the role).
     */
    "BondHeld": Anonymize<I13pss2ktppq52>;
    /**
     * A former executor's bond was returned.
     */
    "BondReleased": Anonymize<I13pss2ktppq52>;
    /**
     * A succeeded job's budget becomes claimable by `executor` at `claimable_at`.
     */
    "PaymentPending": Anonymize<I8ar49j4er9nq2>;
    /**
     * A member disputed a payment; a passed `ResolveDispute` proposal or Root decides it.
     */
    "PaymentDisputed": Anonymize<Icghj2kq3vsglg>;
    /**
     * The executor was paid a job's budget from the pot.
     */
    "JobPaid": Anonymize<I52jrf1ffqrkoh>;
    /**
     * A job's budget went back to the pot: it failed, expired, or a dispute refunded it.
     */
    "JobRefunded": Anonymize<I8bnpkdbks0s48>;
    /**
     * A dispute was decided: `pay` paid the executor (the disputer's deposit went to the
     * pot), otherwise the pot was refunded (the deposit was returned).
     */
    "DisputeResolved": Anonymize<I9b0p61300r8e5>;
    /**
     * No receipt came within `ExecutionTimeout`: the job left the queue, its budget was
     * refunded and `slashed` of the executor's bond went to the pot.
     */
    "JobExpired": Anonymize<I2qar3b5521lr7>;
}>;
export type I6vp9qenqcvo8k = {
    "community": number;
    "creator": SS58String;
    "bootstrap_limit": number;
    "whitelist_threshold": number;
    "min_turnout": number;
    "proposed_executor"?: Anonymize<Ihfphjolmsqq1>;
};
export type Iagpb244vejgr0 = {
    "community": number;
    "who": SS58String;
};
export type Ib0ikv4f028hpd = {
    "community": number;
};
export type Iafncbtlmj01ha = {
    "community": number;
    "candidate": SS58String;
    "voucher": SS58String;
    "vouches": number;
};
export type Ic4bklqar84qle = {
    "community": number;
    "proposal": number;
    "proposer": SS58String;
    "deadline": number;
    "metadata": Uint8Array;
};
export type Ifohqabum3i08m = {
    "community": number;
    "proposal": number;
    "who": SS58String;
    "aye": boolean;
    "power": number;
    "cost": bigint;
};
export type Icthtprhdlng1a = {
    "community": number;
    "proposal": number;
    "who": SS58String;
    "released": bigint;
};
export type Ifg9edgk601k04 = {
    "community": number;
    "proposal": number;
    "passed": boolean;
    "aye": bigint;
    "nay": bigint;
    "metadata": Uint8Array;
};
export type Ic20funudrh9sc = {
    "community": number;
    "executor": SS58String;
};
export type I2o8abtqt7f1k5 = {
    "community": number;
    "executor"?: Anonymize<Ihfphjolmsqq1>;
};
export type Icqo1bhco9bkho = {
    "community": number;
    "proposal": number;
    "executor": SS58String;
    "outcome": Anonymize<Iajat2st7r0qcq>;
    "output_hash": SizedHex<32>;
};
export type Iajat2st7r0qcq = AnonymousEnum<{
    "Succeeded": undefined;
    "Failed": {
        "exit_code": number;
    };
    "Expired": undefined;
}>;
export type Id2urhq2tm7shi = {
    "who": SS58String;
    "budget": bigint;
    "committed": bigint;
};
export type I3ih72u3hrmm2u = {
    "who": SS58String;
    "reason": Anonymize<Idc80e4nb0pdu1>;
    "amount": bigint;
};
export type I7uee85bftdk2r = {
    "community": number;
    "candidate": SS58String;
    "voucher": SS58String;
};
export type I8t8icrmmphpdj = {
    "community": number;
    "proposal": number;
};
export type Ifarl8jpi502pr = {
    "community": number;
    "removed": number;
};
export type Iubar50lb6r0r = {
    "community": number;
    "job": number;
    "kind": Anonymize<I497pkqioo3an1>;
    "budget": bigint;
    "command": Uint8Array;
};
export type I497pkqioo3an1 = AnonymousEnum<{
    "Voted": undefined;
    "Requested": undefined;
}>;
export type I9ki05ubplcmce = {
    "community": number;
    "proposal": number;
    "budget": bigint;
};
export type I6c16o105j38h2 = {
    "community": number;
    "model": number;
    "amount": bigint;
    "epochs": number;
};
export type I43v4ea031loef = {
    "community": number;
    "model": number;
    "amount": bigint;
};
export type I13pss2ktppq52 = {
    "community": number;
    "executor": SS58String;
    "amount": bigint;
};
export type I8ar49j4er9nq2 = {
    "community": number;
    "job": number;
    "executor": SS58String;
    "amount": bigint;
    "claimable_at": number;
};
export type Icghj2kq3vsglg = {
    "community": number;
    "job": number;
    "disputer": SS58String;
};
export type I52jrf1ffqrkoh = {
    "community": number;
    "job": number;
    "executor": SS58String;
    "amount": bigint;
};
export type I8bnpkdbks0s48 = {
    "community": number;
    "job": number;
    "amount": bigint;
};
export type I9b0p61300r8e5 = {
    "community": number;
    "job": number;
    "pay": boolean;
};
export type I2qar3b5521lr7 = {
    "community": number;
    "job": number;
    "executor": SS58String;
    "slashed": bigint;
};
export type I45n18vhier4e3 = AnonymousEnum<{
    /**
     * A model was registered.
     */
    "ModelRegistered": Anonymize<I2ks9iih7vkll2>;
    /**
     * A peer joined a model under `uid`, holding `stake`.
     */
    "PeerAdded": Anonymize<I98e87sa5lc7b2>;
    /**
     * A peer left a model (its uid is free again); its stake cools down until
     * `release_epoch`.
     */
    "PeerRemoved": Anonymize<I9lp752mca6n45>;
    /**
     * A cooled-down stake was released.
     */
    "StakeReleased": Anonymize<Iab16ib8iijm51>;
    /**
     * A peer submitted scores (`entries` of them).
     */
    "ConsensusDataSubmitted": Anonymize<I7afpjpie6kk2q>;
    /**
     * A peer reported the model in an error state.
     */
    "ConsensusDataUnconfirmed": Anonymize<Iflbu0lls4reig>;
    /**
     * Consensus was formed for a model's epoch: the summary. The per-uid detail is in
     * [`Metagraphs`], whose encoded results hash (BLAKE2-256) to `results_hash`; the
     * effects on the peers (`penalties` penalties, `removals` removals so far) are queued.
     */
    "ConsensusFormed": Anonymize<I8qhq86pobtmp1>;
    /**
     * A model's epoch was skipped.
     */
    "ModelSkipped": Anonymize<Ib9fcq87c3uflh>;
    /**
     * A model's queued effects are all applied: `peers` peers, `slashed` moved to the
     * reward pot, `removed` peers removed.
     */
    "EffectsApplied": Anonymize<I7a4a64d0tr90h>;
    /**
     * An account's count went down after `PenaltyDecayEpochs` honest epochs.
     */
    "PenaltyForgiven": Anonymize<Iabv693dlpl0ba>;
    /**
     * An account exceeded `MaxAccountPenaltyCount`: it leaves each of its models at that
     * model's next consensus step, and cannot submit meanwhile.
     */
    "AccountRemoved": Anonymize<Iabv693dlpl0ba>;
    /**
     * Credited peers were owed a reward but the reward pot had nothing free to pay it.
     */
    "RewardPotEmpty": Anonymize<I5ivp9psr0qm9a>;
    /**
     * A peer (or former peer) claimed its rewards.
     */
    "RewardsClaimed": Anonymize<Ib5lvgmkvg2tq7>;
    /**
     * `community` funds `model`'s peers with `amount` of the payment asset (added to its
     * funding, if any), paid over the next `epochs` formed epochs.
     */
    "ModelFunded": Anonymize<I6c16o105j38h2>;
    /**
     * A formed epoch credited `total` of `community`'s funding to `recipients` peers.
     */
    "FundingCredited": Anonymize<Iek1pb2c9133j1>;
    /**
     * `community`'s funding of `model` ended and `amount` went back to its pot.
     */
    "FundingReturned": Anonymize<I43v4ea031loef>;
}>;
export type I2ks9iih7vkll2 = {
    "model": number;
    "path": Uint8Array;
};
export type I98e87sa5lc7b2 = {
    "model": number;
    "uid": number;
    "account": SS58String;
    "peer_id": Uint8Array;
    "stake": bigint;
};
export type I9lp752mca6n45 = {
    "model": number;
    "uid": number;
    "account": SS58String;
    "reason": Anonymize<I74sf6k6pnh9gq>;
    "release_epoch": number;
};
export type I74sf6k6pnh9gq = AnonymousEnum<{
    "Left": undefined;
    "OutOfConsensus": undefined;
    "AgainstConsensus": undefined;
    "TooManyPenalties": undefined;
}>;
export type Iab16ib8iijm51 = {
    "model": number;
    "account": SS58String;
    "amount": bigint;
};
export type I7afpjpie6kk2q = {
    "model": number;
    "uid": number;
    "epoch": number;
    "entries": number;
};
export type Iflbu0lls4reig = {
    "model": number;
    "uid": number;
    "epoch": number;
};
export type I8qhq86pobtmp1 = {
    "model": number;
    "epoch": number;
    "evaluated": number;
    "in_consensus": number;
    "submitters": number;
    "penalties": number;
    "removals": number;
    "reward": bigint;
    "results_hash": SizedHex<32>;
};
export type Ib9fcq87c3uflh = {
    "model": number;
    "epoch": number;
    "reason": Anonymize<Idfi7qi7nlu1ck>;
};
export type Idfi7qi7nlu1ck = AnonymousEnum<{
    "NotMature": undefined;
    "LowParticipation": undefined;
    "Unconfirmed": undefined;
    "LowSubmissions": undefined;
    "WindowCutShort": undefined;
}>;
export type I7a4a64d0tr90h = {
    "model": number;
    "epoch": number;
    "peers": number;
    "slashed": bigint;
    "removed": number;
};
export type Iabv693dlpl0ba = {
    "account": SS58String;
    "penalties": number;
};
export type I5ivp9psr0qm9a = {
    "model": number;
    "epoch": number;
};
export type Ib5lvgmkvg2tq7 = {
    "model": number;
    "account": SS58String;
    "native": bigint;
    "payment": bigint;
};
export type Iek1pb2c9133j1 = {
    "model": number;
    "epoch": number;
    "community": number;
    "total": bigint;
    "recipients": number;
};
export type Ibse1c0pgtcdtn = AnonymousEnum<{
    /**
     * Some asset class was created.
     */
    "Created": Anonymize<I88ff3u4dpivk>;
    /**
     * Some assets were issued.
     */
    "Issued": Anonymize<I33cp947glv1ks>;
    /**
     * Some assets were transferred.
     */
    "Transferred": Anonymize<Ic9om1gmmqu7rq>;
    /**
     * Some assets were destroyed.
     */
    "Burned": Anonymize<I5hfov2b68ppb6>;
    /**
     * The management team changed.
     */
    "TeamChanged": Anonymize<Ibthhb2m9vneds>;
    /**
     * The owner changed.
     */
    "OwnerChanged": Anonymize<Iaitn5bqfacj7k>;
    /**
     * Some account `who` was frozen.
     */
    "Frozen": Anonymize<If4ebvclj2ugvi>;
    /**
     * Some account `who` was thawed.
     */
    "Thawed": Anonymize<If4ebvclj2ugvi>;
    /**
     * Some asset `asset_id` was frozen.
     */
    "AssetFrozen": Anonymize<Ia5le7udkgbaq9>;
    /**
     * Some asset `asset_id` was thawed.
     */
    "AssetThawed": Anonymize<Ia5le7udkgbaq9>;
    /**
     * Accounts were destroyed for given asset.
     */
    "AccountsDestroyed": Anonymize<Ieduc1e6frq8rb>;
    /**
     * Approvals were destroyed for given asset.
     */
    "ApprovalsDestroyed": Anonymize<I9h6gbtabovtm4>;
    /**
     * An asset class is in the process of being destroyed.
     */
    "DestructionStarted": Anonymize<Ia5le7udkgbaq9>;
    /**
     * An asset class was destroyed.
     */
    "Destroyed": Anonymize<Ia5le7udkgbaq9>;
    /**
     * Some asset class was force-created.
     */
    "ForceCreated": Anonymize<Iaitn5bqfacj7k>;
    /**
     * New metadata has been set for an asset.
     */
    "MetadataSet": Anonymize<Ifnsa0dkkpf465>;
    /**
     * Metadata has been cleared for an asset.
     */
    "MetadataCleared": Anonymize<Ia5le7udkgbaq9>;
    /**
     * (Additional) funds have been approved for transfer to a destination account.
     */
    "ApprovedTransfer": Anonymize<I65dtqr2egjbc3>;
    /**
     * An approval for account `delegate` was cancelled by `owner`.
     */
    "ApprovalCancelled": Anonymize<Ibqj3vg5s5lk0c>;
    /**
     * An `amount` was transferred in its entirety from `owner` to `destination` by
     * the approved `delegate`.
     */
    "TransferredApproved": Anonymize<I6l73u513p8rna>;
    /**
     * An asset has had its attributes changed by the `Force` origin.
     */
    "AssetStatusChanged": Anonymize<Ia5le7udkgbaq9>;
    /**
     * The min_balance of an asset has been updated by the asset owner.
     */
    "AssetMinBalanceChanged": Anonymize<Iefqmt2htu1dlu>;
    /**
     * Some account `who` was created with a deposit from `depositor`.
     */
    "Touched": Anonymize<If8bgtgqrchjtu>;
    /**
     * Some account `who` was blocked.
     */
    "Blocked": Anonymize<If4ebvclj2ugvi>;
    /**
     * Some assets were deposited (e.g. for transaction fees).
     */
    "Deposited": Anonymize<Idusmq77988cmt>;
    /**
     * Some assets were withdrawn from the account (e.g. for transaction fees).
     */
    "Withdrawn": Anonymize<Idusmq77988cmt>;
    /**
     * Reserve information was set or updated for `asset_id`.
     */
    "ReservesUpdated": Anonymize<Ifhs6ggbuiec5i>;
    /**
     * Reserve information was removed for `asset_id`.
     */
    "ReservesRemoved": Anonymize<Ia5le7udkgbaq9>;
    /**
     * Some assets were issued as Credit (no owner yet).
     */
    "IssuedCredit": Anonymize<Id2vo4qi5agnp0>;
    /**
     * Some assets Credit was destroyed.
     */
    "BurnedCredit": Anonymize<Id2vo4qi5agnp0>;
    /**
     * Some assets were burned and a Debt was created.
     */
    "IssuedDebt": Anonymize<Id2vo4qi5agnp0>;
    /**
     * Some assets Debt was destroyed (and assets issued).
     */
    "BurnedDebt": Anonymize<Id2vo4qi5agnp0>;
}>;
export type I88ff3u4dpivk = {
    "asset_id": number;
    "creator": SS58String;
    "owner": SS58String;
};
export type I33cp947glv1ks = {
    "asset_id": number;
    "owner": SS58String;
    "amount": bigint;
};
export type Ic9om1gmmqu7rq = {
    "asset_id": number;
    "from": SS58String;
    "to": SS58String;
    "amount": bigint;
};
export type I5hfov2b68ppb6 = {
    "asset_id": number;
    "owner": SS58String;
    "balance": bigint;
};
export type Ibthhb2m9vneds = {
    "asset_id": number;
    "issuer": SS58String;
    "admin": SS58String;
    "freezer": SS58String;
};
export type Iaitn5bqfacj7k = {
    "asset_id": number;
    "owner": SS58String;
};
export type If4ebvclj2ugvi = {
    "asset_id": number;
    "who": SS58String;
};
export type Ia5le7udkgbaq9 = {
    "asset_id": number;
};
export type Ieduc1e6frq8rb = {
    "asset_id": number;
    "accounts_destroyed": number;
    "accounts_remaining": number;
};
export type I9h6gbtabovtm4 = {
    "asset_id": number;
    "approvals_destroyed": number;
    "approvals_remaining": number;
};
export type Ifnsa0dkkpf465 = {
    "asset_id": number;
    "name": Uint8Array;
    "symbol": Uint8Array;
    "decimals": number;
    "is_frozen": boolean;
};
export type I65dtqr2egjbc3 = {
    "asset_id": number;
    "source": SS58String;
    "delegate": SS58String;
    "amount": bigint;
};
export type Ibqj3vg5s5lk0c = {
    "asset_id": number;
    "owner": SS58String;
    "delegate": SS58String;
};
export type I6l73u513p8rna = {
    "asset_id": number;
    "owner": SS58String;
    "delegate": SS58String;
    "destination": SS58String;
    "amount": bigint;
};
export type Iefqmt2htu1dlu = {
    "asset_id": number;
    "new_min_balance": bigint;
};
export type If8bgtgqrchjtu = {
    "asset_id": number;
    "who": SS58String;
    "depositor": SS58String;
};
export type Idusmq77988cmt = {
    "asset_id": number;
    "who": SS58String;
    "amount": bigint;
};
export type Ifhs6ggbuiec5i = {
    "asset_id": number;
    "reserves": Anonymize<I35l6p7kq19mr0>;
};
export type I35l6p7kq19mr0 = Array<undefined>;
export type Id2vo4qi5agnp0 = {
    "asset_id": number;
    "amount": bigint;
};
export type I2oktdm1rbe2le = AnonymousEnum<{
    /**
     * `who` paid `amount` of the payment asset into `community`'s pot (of which
     * `PotEndowed` says what was kept as existential balance) and received `shares`,
     * `native_minted` native tokens (minted) and `credits` access credits.
     */
    "Contributed": Anonymize<If98cvfntbq8ht>;
    /**
     * `who` burned `shares` of `community`'s pot and received `amount` of the payment
     * asset; `native_burned` native tokens and `credits_burned` credits went with them.
     */
    "Withdrawn": Anonymize<Iffuevartucnru>;
    /**
     * A contribution created `community`'s pot record; its account is `account`.
     */
    "PotOpened": Anonymize<I8djsmkl5ujpec>;
    /**
     * `amount` of a contribution stays in the pot account as its existential balance, not
     * as value.
     */
    "PotEndowed": Anonymize<Ifeoar3058488j>;
    /**
     * `community`'s pot record was removed (no shares and nothing reserved left).
     */
    "PotClosed": Anonymize<Ib0ikv4f028hpd>;
    /**
     * `amount` of the pot's free value was reserved for a job.
     */
    "Reserved": Anonymize<Ifeoar3058488j>;
    /**
     * `amount` of the pot's reservations went back to its free value (`to_value`), or
     * stays in the account outside the value because the pot has no shares.
     */
    "Unreserved": Anonymize<If9nlq7ptrltba>;
    /**
     * `amount` arrived in the pot's account from elsewhere in the runtime (a model funding
     * returned) and joined its free value (`to_value`), or stays outside the value because
     * the pot has no shares.
     */
    "Received": Anonymize<If9nlq7ptrltba>;
    /**
     * `amount` of the pot's reservations was paid to `to`.
     */
    "ReservedPaid": Anonymize<I2622j2c18g1ti>;
    /**
     * `who` spent `amount` of its access credits in `community`.
     */
    "CreditsSpent": Anonymize<Ie5fbtieg6bgtd>;
    /**
     * Root set the mint rate.
     */
    "RateSet": Anonymize<Icugojtovsp2sc>;
    /**
     * Root paused or unpaused `community`'s pot.
     */
    "PauseSet": Anonymize<I764te3tcocl5j>;
    /**
     * A deposit was held from `who` for a new record.
     */
    "DepositHeld": Anonymize<I73q78i4pp1heb>;
    /**
     * A record's deposit went back to `who`.
     */
    "DepositReleased": Anonymize<I73q78i4pp1heb>;
}>;
export type If98cvfntbq8ht = {
    "community": number;
    "who": SS58String;
    "amount": bigint;
    "shares": bigint;
    "native_minted": bigint;
    "credits": bigint;
};
export type Iffuevartucnru = {
    "community": number;
    "who": SS58String;
    "shares": bigint;
    "amount": bigint;
    "native_burned": bigint;
    "credits_burned": bigint;
};
export type I8djsmkl5ujpec = {
    "community": number;
    "account": SS58String;
};
export type Ifeoar3058488j = {
    "community": number;
    "amount": bigint;
};
export type If9nlq7ptrltba = {
    "community": number;
    "amount": bigint;
    "to_value": boolean;
};
export type I2622j2c18g1ti = {
    "community": number;
    "to": SS58String;
    "amount": bigint;
};
export type Ie5fbtieg6bgtd = {
    "community": number;
    "who": SS58String;
    "amount": bigint;
};
export type Icugojtovsp2sc = {
    "rate": bigint;
};
export type I764te3tcocl5j = {
    "community": number;
    "paused": boolean;
};
export type I73q78i4pp1heb = {
    "who": SS58String;
    "reason": Anonymize<I4jbdvaj0g87j1>;
    "amount": bigint;
};
export type Ic5m5lp1oioo8r = Array<SizedHex<32>>;
export type I95g6i7ilua7lq = Array<Anonymize<I9jd27rnpm8ttv>>;
export type I9jd27rnpm8ttv = FixedSizeArray<2, number>;
export type Ieniouoqkq4icf = {
    "spec_version": number;
    "spec_name": string;
};
export type GrandpaStoredState = Enum<{
    "Live": undefined;
    "PendingPause": {
        "scheduled_at": number;
        "delay": number;
    };
    "Paused": undefined;
    "PendingResume": {
        "scheduled_at": number;
        "delay": number;
    };
}>;
export declare const GrandpaStoredState: GetEnum<GrandpaStoredState>;
export type I7pe2me3i3vtn9 = {
    "scheduled_at": number;
    "delay": number;
    "next_authorities": Anonymize<I3geksg000c171>;
    "forced"?: Anonymize<I4arjljr6dpflb>;
};
export type I4arjljr6dpflb = (number) | undefined;
export type I8ds64oj6581v0 = Array<{
    "id": SizedHex<8>;
    "amount": bigint;
    "reasons": BalancesTypesReasons;
}>;
export type BalancesTypesReasons = Enum<{
    "Fee": undefined;
    "Misc": undefined;
    "All": undefined;
}>;
export declare const BalancesTypesReasons: GetEnum<BalancesTypesReasons>;
export type Ia7pdug7cdsg8g = Array<{
    "id": SizedHex<8>;
    "amount": bigint;
}>;
export type I16pr1itfor9kh = Array<{
    "id": Anonymize<Iefv7psmj1vumg>;
    "amount": bigint;
}>;
export type Ic6id74fg23qlj = Array<{
    "id": Enum<{
        "Voting": Enum<{
            "Voting": undefined;
        }>;
    }>;
    "amount": bigint;
}>;
export type TransactionPaymentReleases = Enum<{
    "V1Ancient": undefined;
    "V2": undefined;
}>;
export declare const TransactionPaymentReleases: GetEnum<TransactionPaymentReleases>;
export type Iepbsvlk3qceij = AnonymousEnum<{
    "Active": {
        "index": number;
        "inner_cursor"?: Anonymize<Iabpgqcjikia83>;
        "started_at": number;
    };
    "Stuck": undefined;
}>;
export type I45e1ce6absor0 = {
    "creator": SS58String;
    "deposit": bigint;
    "bootstrap_limit": number;
    "whitelist_threshold": number;
    "status": Enum<{
        "Bootstrapping": undefined;
        "Active": undefined;
        "Dissolving": {
            "next_proposal": number;
        };
    }>;
    "member_count": number;
    "open_proposals": number;
    "next_proposal_id": number;
    "min_turnout": number;
    "executor"?: Anonymize<Ihfphjolmsqq1>;
    "proposed_executor"?: Anonymize<Ihfphjolmsqq1>;
    "pending_executions": number;
};
export type I92ikj78cfe74n = {
    "deposit": bigint;
    "open_proposals": number;
};
export type I7svnfko10tq2e = [number, SS58String];
export type I9kk1g25jao8ms = Array<{
    "voucher": SS58String;
    "deposit": bigint;
}>;
export type I12k3sh3kkavub = {
    "proposer": SS58String;
    "action": Anonymize<I2egcv7baot2ur>;
    "deposit": {
        "command": bigint;
        "outcome": bigint;
    };
    "metadata": Uint8Array;
};
export type I2egcv7baot2ur = AnonymousEnum<{
    "Command": undefined;
    "SetExecutor": {
        "executor"?: Anonymize<Ihfphjolmsqq1>;
    };
    "PaidCommand": Anonymize<I23uef3j853ofc>;
    "ResolveDispute": {
        "job": number;
        "pay": boolean;
    };
    "FundModel": {
        "model": number;
        "amount": bigint;
        "epochs": number;
    };
    "ReturnModelFunds": Anonymize<Ia8qdcd799akr5>;
}>;
export type I23uef3j853ofc = {
    "budget": bigint;
};
export type Ia8qdcd799akr5 = {
    "model": number;
};
export type I9blvmd2d9evta = {
    "serial": bigint;
    "deadline": number;
    "aye": bigint;
    "nay": bigint;
    "voters": number;
};
export type I62pd8np343ttf = {
    "proposer": SS58String;
    "deposit": bigint;
    "passed": boolean;
    "aye": bigint;
    "nay": bigint;
    "closed_at": number;
};
export type I5ig22l6fu89lo = {
    "deposit": bigint;
    "votes": Array<{
        "community": number;
        "proposal": number;
        "serial": bigint;
        "deadline": number;
        "aye": boolean;
        "power": number;
        "cost": bigint;
    }>;
};
export type I6jh5hpbm5kaeu = {
    "command": Uint8Array;
    "kind": Anonymize<I497pkqioo3an1>;
    "depositor": SS58String;
    "deposit": bigint;
    "budget": bigint;
    "queued_at": number;
};
export type I1e9tonl5mgo9l = {
    "executor": SS58String;
    "deposit": bigint;
    "outcome": Anonymize<Iajat2st7r0qcq>;
    "output_hash": SizedHex<32>;
    "reported_at": number;
    "settlement": Anonymize<I45p4nn01qulao>;
};
export type I45p4nn01qulao = AnonymousEnum<{
    "Unpaid": undefined;
    "Pending": undefined;
    "Paid": Anonymize<I3qt1hgg4djhgb>;
    "Refunded": Anonymize<I3qt1hgg4djhgb>;
}>;
export type Ifskpo1sgbor7d = {
    "executor": SS58String;
    "amount": bigint;
    "deposit": bigint;
    "claimable_at": number;
    "dispute"?: ({
        "disputer": SS58String;
        "deposit": bigint;
    }) | undefined;
};
export type I7itl9op08e1h2 = {
    "amount": bigint;
    "since": number;
    "unsettled": number;
};
export type Ifp02g3hmvd6ae = Array<{
    "community": number;
    "remaining": bigint;
    "epochs_left": number;
}>;
export type Ip1g1uv3ujmu5 = {
    "path": Uint8Array;
    "registered_epoch": number;
    "peer_count": number;
    "uids": number;
    "maturing": Array<{
        "epoch": number;
        "peers": number;
    }>;
    "errors": number;
};
export type Ib4obelnl8gp2k = {
    "uid": number;
    "peer_id": Uint8Array;
    "stake": bigint;
    "joined_epoch": number;
};
export type I5g2vv0ckl2m8b = [number, number];
export type I8l5913gn3e80q = Array<Anonymize<I4arjljr6dpflb>>;
export type Icp9h5ma02v1rg = [number, Uint8Array];
export type Icgljjb6j82uhn = Array<number>;
export type Ic1kh033vd5btk = {
    "amount": bigint;
    "release_epoch": number;
};
export type I6db9pujpai937 = {
    "epoch": number;
    "scores": Anonymize<I9ei5va1uo3vg2>;
};
export type I9ei5va1uo3vg2 = Array<{
    "uid": number;
    "score": number;
}>;
export type I1q4hck9gu1662 = {
    "epoch": number;
    "submitted": Uint8Array;
    "unconfirmed": Uint8Array;
    "entries": number;
};
export type Ianqag658uuo1p = {
    "epoch": number;
    "results": Array<(Anonymize<I86oqdhi1hmds1>) | undefined>;
};
export type I86oqdhi1hmds1 = {
    "score"?: Anonymize<I4arjljr6dpflb>;
    "in_consensus": boolean;
    "penalties": number;
    "reward": bigint;
};
export type Ibs8igarvfhlt2 = [number, Enum<{
    "Formed": undefined;
    "Skipped": Anonymize<Idfi7qi7nlu1ck>;
}>];
export type Ido4mik3u0ji27 = Array<{
    "uid": number;
    "penalties": number;
    "submitted": boolean;
    "removal"?: (Anonymize<I74sf6k6pnh9gq>) | undefined;
}>;
export type I8036nfo6vvkv9 = Array<Anonymize<Id1ip0s6k55smi>>;
export type Id1ip0s6k55smi = {
    "native": bigint;
    "payment": bigint;
};
export type I1c9hs790m0fo0 = {
    "epoch": number;
    "next_model": number;
    "stage": Enum<{
        "Form": undefined;
        "Effects": undefined;
    }>;
};
export type I3qklfjubrljqh = {
    "owner": SS58String;
    "issuer": SS58String;
    "admin": SS58String;
    "freezer": SS58String;
    "supply": bigint;
    "deposit": bigint;
    "min_balance": bigint;
    "is_sufficient": boolean;
    "accounts": number;
    "sufficients": number;
    "approvals": number;
    "status": Enum<{
        "Live": undefined;
        "Frozen": undefined;
        "Destroying": undefined;
    }>;
};
export type Iag3f1hum3p4c8 = {
    "balance": bigint;
    "status": Enum<{
        "Liquid": undefined;
        "Frozen": undefined;
        "Blocked": undefined;
    }>;
    "reason": Enum<{
        "Consumer": undefined;
        "Sufficient": undefined;
        "DepositHeld": bigint;
        "DepositRefunded": undefined;
        "DepositFrom": [SS58String, bigint];
    }>;
};
export type I4s6jkha20aoh0 = {
    "amount": bigint;
    "deposit": bigint;
};
export type I2brm5b9jij1st = [number, SS58String, SS58String];
export type I78s05f59eoi8b = {
    "deposit": bigint;
    "name": Uint8Array;
    "symbol": Uint8Array;
    "decimals": number;
    "is_frozen": boolean;
};
export type I23h6a7nbk6qb9 = {
    "value": bigint;
    "reserved": bigint;
    "total_shares": bigint;
    "depositor": SS58String;
    "deposit": bigint;
};
export type I9kch13r40brep = {
    "shares": bigint;
    "credits": bigint;
    "contributed": bigint;
    "native_minted": bigint;
    "deposit": bigint;
};
export type In7a38730s6qs = {
    "base_block": Anonymize<I4q39t5hn830vp>;
    "max_block": Anonymize<I4q39t5hn830vp>;
    "per_class": {
        "normal": {
            "base_extrinsic": Anonymize<I4q39t5hn830vp>;
            "max_extrinsic"?: (Anonymize<I4q39t5hn830vp>) | undefined;
            "max_total"?: (Anonymize<I4q39t5hn830vp>) | undefined;
            "reserved"?: (Anonymize<I4q39t5hn830vp>) | undefined;
        };
        "operational": {
            "base_extrinsic": Anonymize<I4q39t5hn830vp>;
            "max_extrinsic"?: (Anonymize<I4q39t5hn830vp>) | undefined;
            "max_total"?: (Anonymize<I4q39t5hn830vp>) | undefined;
            "reserved"?: (Anonymize<I4q39t5hn830vp>) | undefined;
        };
        "mandatory": {
            "base_extrinsic": Anonymize<I4q39t5hn830vp>;
            "max_extrinsic"?: (Anonymize<I4q39t5hn830vp>) | undefined;
            "max_total"?: (Anonymize<I4q39t5hn830vp>) | undefined;
            "reserved"?: (Anonymize<I4q39t5hn830vp>) | undefined;
        };
    };
};
export type Ibtil0ss5munbk = {
    "max": {
        "normal": number;
        "operational": number;
        "mandatory": number;
    };
    "max_header_size"?: Anonymize<I4arjljr6dpflb>;
};
export type I9s0ave7t0vnrk = {
    "read": bigint;
    "write": bigint;
};
export type I4fo08joqmcqnm = {
    "spec_name": string;
    "impl_name": string;
    "authoring_version": number;
    "spec_version": number;
    "impl_version": number;
    "apis": Array<[SizedHex<8>, number]>;
    "transaction_version": number;
    "system_version": number;
};
export type Iekve0i6djpd9f = AnonymousEnum<{
    /**
     * Make some on-chain remark.
     *
     * Can be executed by every `origin`.
     */
    "remark": Anonymize<I8ofcg5rbj0g2c>;
    /**
     * Set the number of pages in the WebAssembly environment's heap.
     */
    "set_heap_pages": Anonymize<I4adgbll7gku4i>;
    /**
     * Set the new runtime code.
     */
    "set_code": Anonymize<I6pjjpfvhvcfru>;
    /**
     * Set the new runtime code without doing any checks of the given `code`.
     *
     * Note that runtime upgrades will not run if this is called with a not-increasing spec
     * version!
     */
    "set_code_without_checks": Anonymize<I6pjjpfvhvcfru>;
    /**
     * Set some items of storage.
     */
    "set_storage": Anonymize<I9pj91mj79qekl>;
    /**
     * Kill some items from storage.
     */
    "kill_storage": Anonymize<I39uah9nss64h9>;
    /**
     * Kill all storage items with a key that starts with the given prefix.
     *
     * **NOTE:** We rely on the Root origin to provide us the number of subkeys under
     * the prefix we are removing to accurately calculate the weight of this function.
     */
    "kill_prefix": Anonymize<Ik64dknsq7k08>;
    /**
     * Make some on-chain remark and emit event.
     */
    "remark_with_event": Anonymize<I8ofcg5rbj0g2c>;
    /**
     * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
     * later.
     *
     * This call requires Root origin.
     */
    "authorize_upgrade": Anonymize<Ib51vk42m1po4n>;
    /**
     * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
     * later.
     *
     * WARNING: This authorizes an upgrade that will take place without any safety checks, for
     * example that the spec name remains the same and that the version number increases. Not
     * recommended for normal use. Use `authorize_upgrade` instead.
     *
     * This call requires Root origin.
     */
    "authorize_upgrade_without_checks": Anonymize<Ib51vk42m1po4n>;
    /**
     * Provide the preimage (runtime binary) `code` for an upgrade that has been authorized.
     *
     * If the authorization required a version check, this call will ensure the spec name
     * remains unchanged and that the spec version has increased.
     *
     * Depending on the runtime's `OnSetCode` configuration, this function may directly apply
     * the new `code` in the same block or attempt to schedule the upgrade.
     *
     * All origins are allowed.
     */
    "apply_authorized_upgrade": Anonymize<I6pjjpfvhvcfru>;
}>;
export type I8ofcg5rbj0g2c = {
    "remark": Uint8Array;
};
export type I4adgbll7gku4i = {
    "pages": bigint;
};
export type I6pjjpfvhvcfru = {
    "code": Uint8Array;
};
export type I9pj91mj79qekl = {
    "items": Anonymize<I6pi5ou8r1hblk>;
};
export type I6pi5ou8r1hblk = Array<FixedSizeArray<2, Uint8Array>>;
export type I39uah9nss64h9 = {
    "keys": Anonymize<Itom7fk49o0c9>;
};
export type Itom7fk49o0c9 = Array<Uint8Array>;
export type Ik64dknsq7k08 = {
    "prefix": Uint8Array;
    "subkeys": number;
};
export type Ib51vk42m1po4n = {
    "code_hash": SizedHex<32>;
};
export type I7d75gqfg6jh9c = AnonymousEnum<{
    /**
     * Set the current time.
     *
     * This call should be invoked exactly once per block. It will panic at the finalization
     * phase, if this call hasn't been invoked by that time.
     *
     * The timestamp should be greater than the previous one by the amount specified by
     * [`Config::MinimumPeriod`].
     *
     * The dispatch origin for this call must be _None_.
     *
     * This dispatch class is _Mandatory_ to ensure it gets executed in the block. Be aware
     * that changing the complexity of this call could result exhausting the resources in a
     * block to execute any other calls.
     *
     * ## Complexity
     * - `O(1)` (Note that implementations of `OnTimestampSet` must also be `O(1)`)
     * - 1 storage read and 1 storage mutation (codec `O(1)` because of `DidUpdate::take` in
     * `on_finalize`)
     * - 1 event handler `on_timestamp_set`. Must be `O(1)`.
     */
    "set": Anonymize<Idcr6u6361oad9>;
}>;
export type Idcr6u6361oad9 = {
    "now": bigint;
};
export type Ibck9ekr2i96uj = AnonymousEnum<{
    /**
     * Report voter equivocation/misbehavior. This method will verify the
     * equivocation proof and validate the given key ownership proof
     * against the extracted offender. If both are valid, the offence
     * will be reported.
     */
    "report_equivocation": Anonymize<I3a5kuu5t5jj3g>;
    /**
     * Report voter equivocation/misbehavior. This method will verify the
     * equivocation proof and validate the given key ownership proof
     * against the extracted offender. If both are valid, the offence
     * will be reported.
     *
     * This extrinsic must be called unsigned and it is expected that only
     * block authors will call it (validated in `ValidateUnsigned`), as such
     * if the block author is defined it will be defined as the equivocation
     * reporter.
     */
    "report_equivocation_unsigned": Anonymize<I3a5kuu5t5jj3g>;
    /**
     * Note that the current authority set of the GRANDPA finality gadget has stalled.
     *
     * This will trigger a forced authority set change at the beginning of the next session, to
     * be enacted `delay` blocks after that. The `delay` should be high enough to safely assume
     * that the block signalling the forced change will not be re-orged e.g. 1000 blocks.
     * The block production rate (which may be slowed down because of finality lagging) should
     * be taken into account when choosing the `delay`. The GRANDPA voters based on the new
     * authority will start voting on top of `best_finalized_block_number` for new finalized
     * blocks. `best_finalized_block_number` should be the highest of the latest finalized
     * block of all validators of the new authority set.
     *
     * Only callable by root.
     */
    "note_stalled": Anonymize<I2hviml3snvhhn>;
}>;
export type I3a5kuu5t5jj3g = {
    "equivocation_proof": Anonymize<I9puqgoda8ofk4>;
};
export type I9puqgoda8ofk4 = {
    "set_id": bigint;
    "equivocation": GrandpaEquivocation;
};
export type GrandpaEquivocation = Enum<{
    "Prevote": {
        "round_number": bigint;
        "identity": SizedHex<32>;
        "first": [{
            "target_hash": SizedHex<32>;
            "target_number": number;
        }, SizedHex<64>];
        "second": [{
            "target_hash": SizedHex<32>;
            "target_number": number;
        }, SizedHex<64>];
    };
    "Precommit": {
        "round_number": bigint;
        "identity": SizedHex<32>;
        "first": [{
            "target_hash": SizedHex<32>;
            "target_number": number;
        }, SizedHex<64>];
        "second": [{
            "target_hash": SizedHex<32>;
            "target_number": number;
        }, SizedHex<64>];
    };
}>;
export declare const GrandpaEquivocation: GetEnum<GrandpaEquivocation>;
export type I2hviml3snvhhn = {
    "delay": number;
    "best_finalized_block_number": number;
};
export type I9svldsp29mh87 = AnonymousEnum<{
    /**
     * Transfer some liquid free balance to another account.
     *
     * `transfer_allow_death` will set the `FreeBalance` of the sender and receiver.
     * If the sender's account is below the existential deposit as a result
     * of the transfer, the account will be reaped.
     *
     * The dispatch origin for this call must be `Signed` by the transactor.
     */
    "transfer_allow_death": Anonymize<I4ktuaksf5i1gk>;
    /**
     * Exactly as `transfer_allow_death`, except the origin must be root and the source account
     * may be specified.
     */
    "force_transfer": Anonymize<I9bqtpv2ii35mp>;
    /**
     * Same as the [`transfer_allow_death`] call, but with a check that the transfer will not
     * kill the origin account.
     *
     * 99% of the time you want [`transfer_allow_death`] instead.
     *
     * [`transfer_allow_death`]: struct.Pallet.html#method.transfer
     */
    "transfer_keep_alive": Anonymize<I4ktuaksf5i1gk>;
    /**
     * Transfer the entire transferable balance from the caller account.
     *
     * NOTE: This function only attempts to transfer _transferable_ balances. This means that
     * any locked, reserved, or existential deposits (when `keep_alive` is `true`), will not be
     * transferred by this function. To ensure that this function results in a killed account,
     * you might need to prepare the account by removing any reference counters, storage
     * deposits, etc...
     *
     * The dispatch origin of this call must be Signed.
     *
     * - `dest`: The recipient of the transfer.
     * - `keep_alive`: A boolean to determine if the `transfer_all` operation should send all
     * of the funds the account has, causing the sender account to be killed (false), or
     * transfer everything except at least the existential deposit, which will guarantee to
     * keep the sender account alive (true).
     */
    "transfer_all": Anonymize<I9j7pagd6d4bda>;
    /**
     * Unreserve some balance from a user by force.
     *
     * Can only be called by ROOT.
     */
    "force_unreserve": Anonymize<I2h9pmio37r7fb>;
    /**
     * Upgrade a specified account.
     *
     * - `origin`: Must be `Signed`.
     * - `who`: The account to be upgraded.
     *
     * This will waive the transaction fee if at least all but 10% of the accounts needed to
     * be upgraded. (We let some not have to be upgraded just in order to allow for the
     * possibility of churn).
     */
    "upgrade_accounts": Anonymize<Ibmr18suc9ikh9>;
    /**
     * Set the regular balance of a given account.
     *
     * The dispatch origin for this call is `root`.
     */
    "force_set_balance": Anonymize<I9iq22t0burs89>;
    /**
     * Adjust the total issuance in a saturating way.
     *
     * Can only be called by root and always needs a positive `delta`.
     *
     * # Example
     */
    "force_adjust_total_issuance": Anonymize<I5u8olqbbvfnvf>;
    /**
     * Burn the specified liquid free balance from the origin account.
     *
     * If the origin's account ends up below the existential deposit as a result
     * of the burn and `keep_alive` is false, the account will be reaped.
     *
     * Unlike sending funds to a _burn_ address, which merely makes the funds inaccessible,
     * this `burn` operation will reduce total issuance by the amount _burned_.
     */
    "burn": Anonymize<I5utcetro501ir>;
}>;
export type I4ktuaksf5i1gk = {
    "dest": MultiAddress;
    "value": bigint;
};
export type MultiAddress = Enum<{
    "Id": SS58String;
    "Index": undefined;
    "Raw": Uint8Array;
    "Address32": SizedHex<32>;
    "Address20": SizedHex<20>;
}>;
export declare const MultiAddress: GetEnum<MultiAddress>;
export type I9bqtpv2ii35mp = {
    "source": MultiAddress;
    "dest": MultiAddress;
    "value": bigint;
};
export type I9j7pagd6d4bda = {
    "dest": MultiAddress;
    "keep_alive": boolean;
};
export type I2h9pmio37r7fb = {
    "who": MultiAddress;
    "amount": bigint;
};
export type Ibmr18suc9ikh9 = {
    "who": Array<SS58String>;
};
export type I9iq22t0burs89 = {
    "who": MultiAddress;
    "new_free": bigint;
};
export type I5u8olqbbvfnvf = {
    "direction": BalancesAdjustmentDirection;
    "delta": bigint;
};
export type BalancesAdjustmentDirection = Enum<{
    "Increase": undefined;
    "Decrease": undefined;
}>;
export declare const BalancesAdjustmentDirection: GetEnum<BalancesAdjustmentDirection>;
export type I5utcetro501ir = {
    "value": bigint;
    "keep_alive": boolean;
};
export type I3cjdtslor6be = AnonymousEnum<{
    /**
     * Authenticates the sudo key and dispatches a function call with `Root` origin.
     */
    "sudo": Anonymize<I44u56gmrh529g>;
    /**
     * Authenticates the sudo key and dispatches a function call with `Root` origin.
     * This function does not check the weight of the call, and instead allows the
     * Sudo user to specify the weight of the call.
     *
     * The dispatch origin for this call must be _Signed_.
     */
    "sudo_unchecked_weight": Anonymize<I2s0n8gv7os2s0>;
    /**
     * Authenticates the current sudo key and sets the given AccountId (`new`) as the new sudo
     * key.
     */
    "set_key": Anonymize<I8k3rnvpeeh4hv>;
    /**
     * Authenticates the sudo key and dispatches a function call with `Signed` origin from
     * a given account.
     *
     * The dispatch origin for this call must be _Signed_.
     */
    "sudo_as": Anonymize<Icr4s5me5rg0j9>;
    /**
     * Permanently removes the sudo key.
     *
     * **This cannot be un-done.**
     */
    "remove_key": undefined;
}>;
export type I44u56gmrh529g = {
    "call": TxCallData;
};
export type I2s0n8gv7os2s0 = {
    "call": TxCallData;
    "weight": Anonymize<I4q39t5hn830vp>;
};
export type I8k3rnvpeeh4hv = {
    "new": MultiAddress;
};
export type Icr4s5me5rg0j9 = {
    "who": MultiAddress;
    "call": TxCallData;
};
export type I4oqb168b2d4er = AnonymousEnum<{
    /**
     * Allows root to set a cursor to forcefully start, stop or forward the migration process.
     *
     * Should normally not be needed and is only in place as emergency measure. Note that
     * restarting the migration process in this manner will not call the
     * [`MigrationStatusHandler::started`] hook or emit an `UpgradeStarted` event.
     */
    "force_set_cursor": Anonymize<Ibou4u1engb441>;
    /**
     * Allows root to set an active cursor to forcefully start/forward the migration process.
     *
     * This is an edge-case version of [`Self::force_set_cursor`] that allows to set the
     * `started_at` value to the next block number. Otherwise this would not be possible, since
     * `force_set_cursor` takes an absolute block number. Setting `started_at` to `None`
     * indicates that the current block number plus one should be used.
     */
    "force_set_active_cursor": Anonymize<Id6nbvqoqdj4o2>;
    /**
     * Forces the onboarding of the migrations.
     *
     * This process happens automatically on a runtime upgrade. It is in place as an emergency
     * measurement. The cursor needs to be `None` for this to succeed.
     */
    "force_onboard_mbms": undefined;
    /**
     * Clears the `Historic` set.
     *
     * `map_cursor` must be set to the last value that was returned by the
     * `HistoricCleared` event. The first time `None` can be used. `limit` must be chosen in a
     * way that will result in a sensible weight.
     */
    "clear_historic": Anonymize<I95iqep3b8snn9>;
}>;
export type Ibou4u1engb441 = {
    "cursor"?: (Anonymize<Iepbsvlk3qceij>) | undefined;
};
export type Id6nbvqoqdj4o2 = {
    "index": number;
    "inner_cursor"?: Anonymize<Iabpgqcjikia83>;
    "started_at"?: Anonymize<I4arjljr6dpflb>;
};
export type I95iqep3b8snn9 = {
    "selector": Enum<{
        "Specific": Anonymize<Itom7fk49o0c9>;
        "Wildcard": {
            "limit"?: Anonymize<I4arjljr6dpflb>;
            "previous_cursor"?: Anonymize<Iabpgqcjikia83>;
        };
    }>;
};
export type Icfh0bu894rrl3 = AnonymousEnum<{
    /**
     * Create community `community` and become its first member.
     *
     * - origin: signed, the creator. It holds the community's deposit and its own
     * membership deposit.
     * - `bootstrap_limit` (`1 <= N <= MaxBootstrapMembers`): members needed to become
     * active.
     * - `whitelist_threshold` (`1 <= W <= MaxWhitelistThreshold`): vouches a candidate
     * needs once the community is active.
     * - `executor`: the account proposed as the community's compute instance, if known
     * yet; it becomes the executor when it accepts (`accept_executor`).
     * - `min_turnout`: the quorum, the share of members that must vote on a proposal for
     * it to pass; `None` takes `DefaultMinTurnout`.
     *
     * Emits `CommunityCreated`, `MemberJoined`, and `CommunityActivated` if `N == 1`.
     * Weight: O(1).
     */
    "create_community": Anonymize<Irvr8i6a52bpq>;
    /**
     * Join `community`: freely while it is bootstrapping, with `W` vouches from current
     * members once it is active.
     *
     * - origin: signed, the candidate. It holds a membership deposit, returned when it
     * leaves; its vouchers' deposits are returned.
     *
     * Emits `MemberJoined`, and `CommunityActivated` when the `N`-th member joins.
     * Weight: O(W), the vouches checked, refunded to the candidate's actual vouches.
     */
    "join_community": Anonymize<Ib0ikv4f028hpd>;
    /**
     * Vouch for `candidate` to join `community`. One vouch per member and candidate.
     *
     * - origin: signed, a member of the community. It holds a vouch deposit, returned when
     * the candidate joins or the vouch is withdrawn or pruned. A full list drops the
     * vouches of former members first (returning their deposits).
     * - `candidate`: an account that is not a member.
     *
     * Emits `AccountWhitelisted`. Weight: O(W), the vouches scanned.
     */
    "whitelist_account": Anonymize<Idpcllp3bt9cd6>;
    /**
     * Leave `community`, getting the membership deposit back. Fails while a vote of the
     * caller there can still change or one of its proposals is open. A creator that leaves
     * loses its creator's powers.
     *
     * - origin: signed, a member.
     *
     * Emits `MemberLeft`. Weight: O(1).
     */
    "deregister": Anonymize<Ib0ikv4f028hpd>;
    /**
     * Push a proposal whose `metadata` is a command for the compute instance.
     *
     * - origin: signed, a member of an active community with fewer than
     * `MaxProposalsPerMember` open proposals there. It holds the proposal's deposit: per
     * byte of the proposal and its command (returned at the close, or at the receipt if
     * the command is queued) and for the outcome record (returned when it is pruned).
     * - `metadata`: 1 to `MaxMetadataLen` bytes (longer ones do not decode: the transaction
     * is invalid and never included).
     * - `budget`: what the executor is paid (payment asset) for running the command, from
     * the community's pot; `None` for an unpaid command. Reserved at the close if the
     * proposal passes; if the pot's free value cannot cover it then, the proposal passes
     * `Unfunded` and nothing is queued.
     *
     * The deadline is the current block plus `VotingPeriod`. Emits `ProposalPushed`.
     * Weight: O(M), the metadata length.
     */
    "push_proposal": Anonymize<Id8q0piahevn2d>;
    /**
     * Vote on an open proposal with `power >= 1`, committing `power² × VotePrice` of the
     * caller's budget (see `set_vote_budget`) on top of its other live votes, until the
     * proposal's deadline.
     *
     * - origin: signed, a member whose budget covers the cost (`InsufficientBudget`), with
     * fewer than `MaxVotesPerVoter` live votes.
     * - `aye`: the side; `power`: the voting power the tally counts.
     *
     * Emits `Voted`. Weight: O(1).
     */
    "vote": Anonymize<I183ltps612jva>;
    /**
     * Change the caller's vote: its power (never to 0) and optionally its side. What it
     * commits of the budget moves by the difference in cost.
     *
     * - origin: signed, a member with a vote on the proposal.
     *
     * Emits `VoteModified`. Weight: O(1).
     */
    "modify_vote": Anonymize<I183ltps612jva>;
    /**
     * Drop the caller's vote before the deadline: its power leaves the tally and its
     * cost is back in the caller's budget at once.
     *
     * - origin: signed, the voter (membership is not required).
     *
     * Emits `VoteRetracted`. Weight: O(1).
     */
    "retract_vote": Anonymize<I8t8icrmmphpdj>;
    /**
     * Close a proposal whose deadline has passed. It passes iff the quorum is reached and
     * `aye > nay`. A passed command is queued for the executor (`JobQueued`), its budget
     * reserved in the pot first (`ProposalUnfunded` and nothing queued if the pot cannot
     * cover it); a passed executor change or dispute decision is applied. Returns the
     * command part of the proposer's deposit unless the command is queued.
     *
     * - origin: signed, anyone.
     *
     * Emits `ProposalClosed` with the command. Weight: O(M), the metadata length, plus a
     * dispute decision's, refunded to what the close did.
     */
    "close_proposal": Anonymize<I8t8icrmmphpdj>;
    /**
     * Make a bootstrapping community active, whatever its member count.
     *
     * - origin: `ForceOrigin` (Root).
     *
     * Emits `CommunityActivated`. Weight: O(1).
     */
    "start_proposing": Anonymize<Ib0ikv4f028hpd>;
    /**
     * Make `who` a member, bypassing the whitelist.
     *
     * - origin: `ForceOrigin` (Root).
     *
     * Emits `MemberJoined` (and `CommunityActivated` if it completes the bootstrap).
     * Weight: O(1).
     */
    "force_member": Anonymize<Iagpb244vejgr0>;
    /**
     * Close a proposal regardless of its deadline, through the same path as
     * `close_proposal`.
     *
     * - origin: `ForceOrigin` (Root).
     *
     * Emits `ProposalClosed`. Weight: as `close_proposal`.
     */
    "force_close": Anonymize<I8t8icrmmphpdj>;
    /**
     * Propose a new executor (`Some`), which becomes the executor when it accepts, or
     * remove the executor and any proposed one (`None`). Commands waiting for a receipt
     * stay queued for the next executor. Once the community is active, its members change
     * the executor by a passed `push_executor_proposal`.
     *
     * - origin: signed by the creator, while it is a member and the community is
     * bootstrapping; or `ForceOrigin` (Root), any time.
     *
     * Emits `ExecutorProposed` or `ExecutorChanged`. Weight: O(1).
     */
    "set_executor": Anonymize<I2o8abtqt7f1k5>;
    /**
     * Report how a queued job ran: once per job, by the community's executor.
     *
     * - origin: signed, the community's executor. It holds the receipt's deposit, returned
     * when the receipt is pruned (and, for a paid job that succeeded, the payment
     * record's, returned when the payment is settled).
     * - `outcome`: succeeded, or failed with the program's exit code (negative codes are
     * the executor's reasons for not running or stopping it); never `Expired`.
     * - `output_hash`: the BLAKE2-256 hash of the output.
     *
     * Removes the job from [`PendingExecutions`] (returning its deposit) and stores the
     * receipt. A paid job's budget becomes claimable after `PayoutDelay` if it succeeded
     * (`PaymentPending`), and goes back to the pot at once if it failed (`JobRefunded`).
     * Emits `ExecutionReported`. Weight: O(1).
     */
    "report_execution": Anonymize<I5bp5t7b8oc40n>;
    /**
     * Withdraw the caller's vouch for `candidate`, getting its deposit back. Works
     * whether or not the caller is still a member.
     *
     * - origin: signed, the voucher.
     *
     * Emits `VouchRemoved`. Weight: O(W), the vouches scanned.
     */
    "withdraw_vouch": Anonymize<Idpcllp3bt9cd6>;
    /**
     * Remove a closed proposal's outcome once `RetentionPeriod` blocks have passed since
     * its close, returning its deposit to the proposer. Not while its command waits for a
     * receipt. Votes on it can still be unfrozen afterwards.
     *
     * - origin: signed, anyone.
     *
     * Emits `OutcomePruned`. Weight: O(1).
     */
    "prune_outcome": Anonymize<I8t8icrmmphpdj>;
    /**
     * Remove an execution receipt once `RetentionPeriod` blocks have passed since it was
     * reported, returning its deposit to the executor that reported it.
     *
     * - origin: signed, anyone.
     *
     * Emits `ReceiptPruned`. Weight: O(1).
     */
    "prune_receipt": Anonymize<I8t8icrmmphpdj>;
    /**
     * Start dissolving `community`: nobody joins, vouches or proposes any more, and
     * `cleanup_community` removes its storage, returning every deposit. Only with no open
     * proposal and no command waiting for a receipt.
     *
     * - origin: signed by the creator while it is a member, or `ForceOrigin` (Root).
     *
     * Emits `CommunityDissolving`. Weight: O(1).
     */
    "dissolve_community": Anonymize<Ib0ikv4f028hpd>;
    /**
     * Remove up to `limit` entries of a dissolving community's storage (outcomes and
     * receipts proposal by proposal, then vouches, then members), returning their deposits.
     * Votes need no cleanup: each lives in its voter's record, final once its proposal
     * closed. The call that removes the last entry removes the community and returns the
     * creator's deposit.
     *
     * - origin: signed, anyone.
     *
     * Emits `CommunityCleaned`, or `CommunityDissolved` at the end. Weight: O(limit),
     * refunded to the entries removed.
     */
    "cleanup_community": Anonymize<I4ksblmgi8qqa5>;
    /**
     * Become the community's executor: the caller consents to run its commands. It
     * inherits the jobs waiting for a receipt, whose execution timeout runs from now for
     * those queued before.
     *
     * - origin: signed, the community's proposed executor. It holds `ExecutorBond` (topped
     * up to it if it still holds a bond here from an earlier term), returned once it has
     * left the role and settled its payments. The executor it replaces gets its bond
     * back then too.
     *
     * Emits `BondHeld` and `ExecutorChanged`. Weight: O(1).
     */
    "accept_executor": Anonymize<Ib0ikv4f028hpd>;
    /**
     * Push a proposal that changes the executor if it passes: `Some(account)` is then
     * proposed (and becomes the executor when it accepts), `None` removes the executor.
     * It is voted on like any proposal; nothing is queued for the compute instance.
     *
     * - origin: signed, a member of an active community (as `push_proposal`, with the same
     * deposit and limits).
     * - `metadata`: 1 to `MaxMetadataLen` bytes saying why (not a command).
     *
     * Emits `ProposalPushed`. Weight: O(M), the metadata length.
     */
    "push_executor_proposal": Anonymize<Ibllpqeekmqi23>;
    /**
     * Queue a job directly, without a vote, paid with the caller's access credits: use is
     * linear in what a member paid into the pot (steering stays quadratic). The command
     * has the same format as a voted one and runs the same way.
     *
     * - origin: signed, a member of an active community. It spends `budget` of its credits
     * and holds the queued record's deposit, returned when the job leaves the queue.
     * - `command`: 1 to `MaxMetadataLen` bytes.
     * - `budget`: at least 1; reserved from the pot's free value.
     *
     * The job takes the next proposal id and a queue slot (`ExecutionBacklogFull` when the
     * open proposals and queued jobs fill `MaxOpenProposals`). Emits `JobQueued`.
     * Weight: O(M), the command length.
     */
    "request_job": Anonymize<I3tlbi7oaec931>;
    /**
     * Pay a succeeded job's budget to its executor, once `PayoutDelay` has passed since the
     * receipt and unless it is disputed. Returns the payment record's deposit to the
     * executor (and its bond, if it has left the role and this was its last payment).
     *
     * - origin: signed, anyone (the agent claims its own).
     *
     * Emits `JobPaid`. Weight: O(1).
     */
    "claim_payment": Anonymize<I4ev0j7b1u0sf>;
    /**
     * Dispute a succeeded job's payment during its `PayoutDelay`: it then waits for a
     * passed `ResolveDispute` proposal (`push_dispute_proposal`) or Root
     * (`resolve_dispute`).
     *
     * - origin: signed, a member. It holds `DisputeDeposit`: returned if the dispute wins
     * (the pot is refunded), sent to the pot if it loses (the executor is paid).
     *
     * Emits `PaymentDisputed`. Weight: O(1).
     */
    "dispute_payment": Anonymize<I4ev0j7b1u0sf>;
    /**
     * Decide a disputed payment: `pay` pays the executor, otherwise the budget goes back
     * to the pot.
     *
     * - origin: `ForceOrigin` (Root). Members decide by a passed `push_dispute_proposal`.
     *
     * Emits `DisputeResolved` and `JobPaid` or `JobRefunded`. Weight: O(1).
     */
    "resolve_dispute": Anonymize<I9b0p61300r8e5>;
    /**
     * Expire a job whose executor sent no receipt within `ExecutionTimeout` blocks of its
     * queuing (or of the executor's acceptance, if later; never while the community has no
     * executor). The job leaves the queue (its deposit returned), its budget goes back to
     * the pot, `ExpirySlash` of the executor's bond is slashed to the pot, and an `Expired`
     * receipt is written for it, its deposit taken from the rest of the bond.
     *
     * - origin: signed, anyone.
     *
     * Emits `JobExpired` (and `JobRefunded` for a paid job). Weight: O(1).
     */
    "expire_job": Anonymize<I4ev0j7b1u0sf>;
    /**
     * Push a proposal that decides the dispute on job `job`'s payment if it passes: `pay`
     * pays the executor, otherwise the pot is refunded. The payment must be disputed
     * (`NotDisputed`, `NoPayment`); if it is no longer disputed at the close (Root decided
     * it), the passed proposal changes nothing.
     *
     * - origin: signed, a member of an active community (as `push_proposal`, with the same
     * deposit and limits).
     * - `metadata`: 1 to `MaxMetadataLen` bytes saying why.
     *
     * Emits `ProposalPushed`. Weight: O(M), the metadata length.
     */
    "push_dispute_proposal": Anonymize<I56mj1a1bsjo5r>;
    /**
     * Push a proposal on the community's funding of the peers hosting `model`
     * (pallet-consensus): `Some(amount)` pays `amount` of the payment asset from the pot,
     * spread over the model's next `epochs` formed epochs by consensus score; `None` ends
     * the community's funding and returns what is left of it to the pot. It is voted on
     * like any proposal; nothing is queued.
     *
     * - origin: signed, a member of an active community (as `push_proposal`, with the same
     * deposit and limits).
     * - `amount`: at least 1 (`ZeroBudget`); `epochs`: at least 1 (`ZeroEpochs`), ignored
     * with `None`.
     * - `metadata`: 1 to `MaxMetadataLen` bytes saying why.
     *
     * Emits `ProposalPushed`. At the close, `ModelFunded` (or `ProposalUnfunded` if the pot
     * cannot cover it or the model cannot take it) or `ModelFundsReturned`.
     * Weight: O(M), the metadata length.
     */
    "push_model_funding_proposal": Anonymize<I7he7ol9vl0043>;
    /**
     * Set the caller's voting budget: the native tokens its quadratic votes draw on, in
     * every community. It is the pallet's one freeze on the account
     * ([`FreezeReason::Voting`]); votes commit parts of it until their deadlines and never
     * touch it themselves. Lowering it releases tokens, down to what the live votes commit.
     * The first budget holds the deposit of the caller's voting record; a zero budget with
     * no live vote removes the record and returns it.
     *
     * - origin: signed, anyone.
     * - `budget`: at least the costs of the caller's live votes (`BudgetBelowCommitted`),
     * at most its free balance less the existential deposit and `FeeReserve`
     * (`InsufficientBalance`).
     *
     * Emits `VoteBudgetSet`. Weight: O(1).
     */
    "set_vote_budget": Anonymize<I23uef3j853ofc>;
}>;
export type Irvr8i6a52bpq = {
    "community": number;
    "bootstrap_limit": number;
    "whitelist_threshold": number;
    "executor"?: Anonymize<Ihfphjolmsqq1>;
    "min_turnout"?: Anonymize<I4arjljr6dpflb>;
};
export type Idpcllp3bt9cd6 = {
    "community": number;
    "candidate": SS58String;
};
export type Id8q0piahevn2d = {
    "community": number;
    "metadata": Uint8Array;
    "budget"?: Anonymize<I35p85j063s0il>;
};
export type I35p85j063s0il = (bigint) | undefined;
export type I183ltps612jva = {
    "community": number;
    "proposal": number;
    "aye": boolean;
    "power": number;
};
export type I5bp5t7b8oc40n = {
    "community": number;
    "proposal": number;
    "outcome": Anonymize<Iajat2st7r0qcq>;
    "output_hash": SizedHex<32>;
};
export type I4ksblmgi8qqa5 = {
    "community": number;
    "limit": number;
};
export type Ibllpqeekmqi23 = {
    "community": number;
    "executor"?: Anonymize<Ihfphjolmsqq1>;
    "metadata": Uint8Array;
};
export type I3tlbi7oaec931 = {
    "community": number;
    "command": Uint8Array;
    "budget": bigint;
};
export type I4ev0j7b1u0sf = {
    "community": number;
    "job": number;
};
export type I56mj1a1bsjo5r = {
    "community": number;
    "job": number;
    "pay": boolean;
    "metadata": Uint8Array;
};
export type I7he7ol9vl0043 = {
    "community": number;
    "model": number;
    "amount"?: Anonymize<I35p85j063s0il>;
    "epochs": number;
    "metadata": Uint8Array;
};
export type Ib2qgmdbl8ru0b = AnonymousEnum<{
    /**
     * Register a model under `path`.
     *
     * - origin: `ModelOrigin` (Root).
     * - `path`: 1 to `MaxPathLen` bytes (longer ones do not decode), unique.
     *
     * Emits `ModelRegistered`. Weight: O(1).
     */
    "register_model": Anonymize<If1cjn6k29v039>;
    /**
     * Join `model` as the peer `peer_id` (1 to `MaxPeerIdLen` bytes; longer ones do not
     * decode), holding `stake` (at least `MinStake`). Only in the peer window at the start
     * of an epoch.
     *
     * - origin: signed, the peer's account (one peer per model).
     *
     * Emits `PeerAdded`. Weight: O(1).
     */
    "add_model_peer": Anonymize<I6qjgkio6ukurc>;
    /**
     * Leave `model`. Only in the peer window; the stake cools down for
     * `StakeCooldownEpochs`.
     *
     * - origin: signed, a peer of the model.
     *
     * Emits `PeerRemoved`. Weight: O(1) (its uid's rewards move to `LeftRewards`).
     */
    "remove_model_peer": Anonymize<Ia8qdcd799akr5>;
    /**
     * Release the caller's stake for `model` once its cool-down is over.
     *
     * - origin: signed.
     *
     * Emits `StakeReleased`. Weight: O(1).
     */
    "release_stake": Anonymize<Ia8qdcd799akr5>;
    /**
     * Submit this epoch's scores for the model's peers by uid (see `ConsensusApi`), the
     * caller's own included. Free: the runtime's `CheckConsensusSubmission` extension
     * refuses, before any block, a submission this call would reject, so only valid first
     * submissions get in. Entries for free uids are ignored by consensus.
     *
     * - origin: signed, a peer of the model that may submit.
     * - `data`: 1 to (the model's peer count) entries, strictly increasing by uid, each
     * uid issued in the model, scores in `1..=10_000`.
     *
     * Emits `ConsensusDataSubmitted`. Weight: O(D), the entries; a constant number of
     * storage reads.
     */
    "submit_consensus_data": Anonymize<I1a0u8iq5197ju>;
    /**
     * Report the model in an error state for this epoch. Free, like
     * `submit_consensus_data` (the same extension guards it); once per epoch, before or
     * after submitting.
     *
     * - origin: signed, a peer of the model that may submit.
     *
     * Emits `ConsensusDataUnconfirmed`. Weight: O(1).
     */
    "unconfirm_consensus_data": Anonymize<Ia8qdcd799akr5>;
    /**
     * Take the rewards credited to the caller in `model`: native tokens from the reward
     * pot and the payment asset from the model's funding account. A former peer claims
     * what it was owed when it left. A payment the caller's account cannot receive yet
     * (below the asset's minimum balance) stays owed.
     *
     * - origin: signed, a peer or former peer of the model.
     *
     * Emits `RewardsClaimed`. Weight: O(1).
     */
    "claim_rewards": Anonymize<Ia8qdcd799akr5>;
}>;
export type If1cjn6k29v039 = {
    "path": Uint8Array;
};
export type I6qjgkio6ukurc = {
    "model": number;
    "peer_id": Uint8Array;
    "stake": bigint;
};
export type I1a0u8iq5197ju = {
    "model": number;
    "data": Anonymize<I9ei5va1uo3vg2>;
};
export type I885rd9smlqfti = AnonymousEnum<{
    /**
     * Issue a new class of fungible assets from a public origin.
     *
     * This new asset class has no assets initially and its owner is the origin.
     *
     * The origin must conform to the configured `CreateOrigin` and have sufficient funds free.
     *
     * Funds of sender are reserved by `AssetDeposit`.
     *
     * Parameters:
     * - `id`: The identifier of the new asset. This must not be currently in use to identify
     * an existing asset. If [`Config::AssetIdAllocator`] requires a specific id, this must
     * equal it.
     * - `admin`: The admin of this class of assets. The admin is the initial address of each
     * member of the asset class's admin team.
     * - `min_balance`: The minimum balance of this new asset that any single account must
     * have. If an account's balance is reduced below this, then it collapses to zero.
     *
     * Emits `Created` event when successful.
     *
     * Weight: `O(1)`
     */
    "create": Anonymize<Ic357tcepuvo5c>;
    /**
     * Issue a new class of fungible assets from a privileged origin.
     *
     * This new asset class has no assets initially.
     *
     * The origin must conform to `ForceOrigin`.
     *
     * Unlike `create`, no funds are reserved.
     *
     * Unlike `create`, the `id` does not have to be the one required by
     * [`Config::AssetIdAllocator`]: a privileged origin may pick any `id`, which is then
     * marked as allocated.
     *
     * # Warning
     *
     * Forcing an arbitrary `id` is dangerous: the pallet only checks that `id` is not
     * *currently* in use, not that it was never used before. Reusing an id can corrupt state,
     * most severely for bridged assets, where a collision breaks the local/remote mapping.
     *
     * - `id`: The identifier of the new asset. This must not be currently in use to identify
     * an existing asset, and must never have been in use previously (see warning above).
     * - `owner`: The owner of this class of assets. The owner has full superuser permissions
     * over this asset, but may later change and configure the permissions using
     * `transfer_ownership` and `set_team`.
     * - `min_balance`: The minimum balance of this new asset that any single account must
     * have. If an account's balance is reduced below this, then it collapses to zero.
     *
     * Emits `ForceCreated` event when successful.
     *
     * Weight: `O(1)`
     */
    "force_create": Anonymize<I2rnoam876ruhj>;
    /**
     * Start the process of destroying a fungible asset class.
     *
     * `start_destroy` is the first in a series of extrinsics that should be called, to allow
     * destruction of an asset class.
     *
     * The origin must conform to `ForceOrigin` or must be `Signed` by the asset's `owner`.
     *
     * - `id`: The identifier of the asset to be destroyed. This must identify an existing
     * asset.
     *
     * It will fail with either [`Error::ContainsHolds`] or [`Error::ContainsFreezes`] if
     * an account contains holds or freezes in place.
     */
    "start_destroy": Anonymize<Ic5b47dj4coa3r>;
    /**
     * Destroy all accounts associated with a given asset.
     *
     * `destroy_accounts` should only be called after `start_destroy` has been called, and the
     * asset is in a `Destroying` state.
     *
     * Due to weight restrictions, this function may need to be called multiple times to fully
     * destroy all accounts. It will destroy `RemoveItemsLimit` accounts at a time.
     *
     * - `id`: The identifier of the asset to be destroyed. This must identify an existing
     * asset.
     *
     * Each call emits the `Event::DestroyedAccounts` event.
     */
    "destroy_accounts": Anonymize<Ic5b47dj4coa3r>;
    /**
     * Destroy all approvals associated with a given asset up to the max (T::RemoveItemsLimit).
     *
     * `destroy_approvals` should only be called after `start_destroy` has been called, and the
     * asset is in a `Destroying` state.
     *
     * Due to weight restrictions, this function may need to be called multiple times to fully
     * destroy all approvals. It will destroy `RemoveItemsLimit` approvals at a time.
     *
     * - `id`: The identifier of the asset to be destroyed. This must identify an existing
     * asset.
     *
     * Each call emits the `Event::DestroyedApprovals` event.
     */
    "destroy_approvals": Anonymize<Ic5b47dj4coa3r>;
    /**
     * Complete destroying asset and unreserve currency.
     *
     * `finish_destroy` should only be called after `start_destroy` has been called, and the
     * asset is in a `Destroying` state. All accounts or approvals should be destroyed before
     * hand.
     *
     * - `id`: The identifier of the asset to be destroyed. This must identify an existing
     * asset.
     *
     * Each successful call emits the `Event::Destroyed` event.
     */
    "finish_destroy": Anonymize<Ic5b47dj4coa3r>;
    /**
     * Mint assets of a particular class.
     *
     * The origin must be Signed and the sender must be the Issuer of the asset `id`.
     *
     * - `id`: The identifier of the asset to have some amount minted.
     * - `beneficiary`: The account to be credited with the minted assets.
     * - `amount`: The amount of the asset to be minted.
     *
     * Emits `Issued` event when successful.
     *
     * Weight: `O(1)`
     * Modes: Pre-existing balance of `beneficiary`; Account pre-existence of `beneficiary`.
     */
    "mint": Anonymize<Ib3qnc19gu633c>;
    /**
     * Reduce the balance of `who` by as much as possible up to `amount` assets of `id`.
     *
     * Origin must be Signed and the sender should be the Manager of the asset `id`.
     *
     * Bails with `NoAccount` if the `who` is already dead.
     *
     * - `id`: The identifier of the asset to have some amount burned.
     * - `who`: The account to be debited from.
     * - `amount`: The maximum amount by which `who`'s balance should be reduced.
     *
     * Emits `Burned` with the actual amount burned. If this takes the balance to below the
     * minimum for the asset, then the amount burned is increased to take it to zero.
     *
     * Weight: `O(1)`
     * Modes: Post-existence of `who`; Pre & post Zombie-status of `who`.
     */
    "burn": Anonymize<Ifira6u9hi7cu1>;
    /**
     * Move some assets from the sender account to another.
     *
     * Origin must be Signed.
     *
     * - `id`: The identifier of the asset to have some amount transferred.
     * - `target`: The account to be credited.
     * - `amount`: The amount by which the sender's balance of assets should be reduced and
     * `target`'s balance increased. The amount actually transferred may be slightly greater in
     * the case that the transfer would otherwise take the sender balance above zero but below
     * the minimum balance. Must be greater than zero.
     *
     * Emits `Transferred` with the actual amount transferred. If this takes the source balance
     * to below the minimum for the asset, then the amount transferred is increased to take it
     * to zero.
     *
     * Weight: `O(1)`
     * Modes: Pre-existence of `target`; Post-existence of sender; Account pre-existence of
     * `target`.
     */
    "transfer": Anonymize<I72tqocvdoqfff>;
    /**
     * Move some assets from the sender account to another, keeping the sender account alive.
     *
     * Origin must be Signed.
     *
     * - `id`: The identifier of the asset to have some amount transferred.
     * - `target`: The account to be credited.
     * - `amount`: The amount by which the sender's balance of assets should be reduced and
     * `target`'s balance increased. The amount actually transferred may be slightly greater in
     * the case that the transfer would otherwise take the sender balance above zero but below
     * the minimum balance. Must be greater than zero.
     *
     * Emits `Transferred` with the actual amount transferred. If this takes the source balance
     * to below the minimum for the asset, then the amount transferred is increased to take it
     * to zero.
     *
     * Weight: `O(1)`
     * Modes: Pre-existence of `target`; Post-existence of sender; Account pre-existence of
     * `target`.
     */
    "transfer_keep_alive": Anonymize<I72tqocvdoqfff>;
    /**
     * Move some assets from one account to another.
     *
     * Origin must be Signed and the sender should be the Admin of the asset `id`.
     *
     * - `id`: The identifier of the asset to have some amount transferred.
     * - `source`: The account to be debited.
     * - `dest`: The account to be credited.
     * - `amount`: The amount by which the `source`'s balance of assets should be reduced and
     * `dest`'s balance increased. The amount actually transferred may be slightly greater in
     * the case that the transfer would otherwise take the `source` balance above zero but
     * below the minimum balance. Must be greater than zero.
     *
     * Emits `Transferred` with the actual amount transferred. If this takes the source balance
     * to below the minimum for the asset, then the amount transferred is increased to take it
     * to zero.
     *
     * Weight: `O(1)`
     * Modes: Pre-existence of `dest`; Post-existence of `source`; Account pre-existence of
     * `dest`.
     */
    "force_transfer": Anonymize<I2i27f3sfmvc05>;
    /**
     * Disallow further unprivileged transfers of an asset `id` from an account `who`. `who`
     * must already exist as an entry in `Account`s of the asset. If you want to freeze an
     * account that does not have an entry, use `touch_other` first.
     *
     * Origin must be Signed and the sender should be the Freezer of the asset `id`.
     *
     * - `id`: The identifier of the asset to be frozen.
     * - `who`: The account to be frozen.
     *
     * Emits `Frozen`.
     *
     * Weight: `O(1)`
     */
    "freeze": Anonymize<I1nlrtd1epki2d>;
    /**
     * Allow unprivileged transfers to and from an account again.
     *
     * Origin must be Signed and the sender should be the Admin of the asset `id`.
     *
     * - `id`: The identifier of the asset to be frozen.
     * - `who`: The account to be unfrozen.
     *
     * Emits `Thawed`.
     *
     * Weight: `O(1)`
     */
    "thaw": Anonymize<I1nlrtd1epki2d>;
    /**
     * Disallow further unprivileged transfers for the asset class.
     *
     * Origin must be Signed and the sender should be the Freezer of the asset `id`.
     *
     * - `id`: The identifier of the asset to be frozen.
     *
     * Emits `Frozen`.
     *
     * Weight: `O(1)`
     */
    "freeze_asset": Anonymize<Ic5b47dj4coa3r>;
    /**
     * Allow unprivileged transfers for the asset again.
     *
     * Origin must be Signed and the sender should be the Admin of the asset `id`.
     *
     * - `id`: The identifier of the asset to be thawed.
     *
     * Emits `Thawed`.
     *
     * Weight: `O(1)`
     */
    "thaw_asset": Anonymize<Ic5b47dj4coa3r>;
    /**
     * Change the Owner of an asset.
     *
     * Origin must be Signed and the sender should be the Owner of the asset `id`.
     *
     * The asset (and metadata) deposit is moved from the current to the new owner. Fails
     * with [`Error::IncompleteDepositTransfer`] if a lock or freeze on the current owner
     * blocks the full transfer; clear it and retry.
     *
     * - `id`: The identifier of the asset.
     * - `owner`: The new Owner of this asset.
     *
     * Emits `OwnerChanged`.
     *
     * Weight: `O(1)`
     */
    "transfer_ownership": Anonymize<I3abtumcmempjs>;
    /**
     * Change the Issuer, Admin and Freezer of an asset.
     *
     * Origin must be Signed and the sender should be the Owner of the asset `id`.
     *
     * - `id`: The identifier of the asset to be frozen.
     * - `issuer`: The new Issuer of this asset.
     * - `admin`: The new Admin of this asset.
     * - `freezer`: The new Freezer of this asset.
     *
     * Emits `TeamChanged`.
     *
     * Weight: `O(1)`
     */
    "set_team": Anonymize<Id81m8flopt8ha>;
    /**
     * Set the metadata for an asset.
     *
     * Origin must be Signed and the sender should be the Owner of the asset `id`.
     *
     * Funds of sender are reserved according to the formula:
     * `MetadataDepositBase + MetadataDepositPerByte * (name.len + symbol.len)` taking into
     * account any already reserved funds.
     *
     * - `id`: The identifier of the asset to update.
     * - `name`: The user friendly name of this asset. Limited in length by `StringLimit`.
     * - `symbol`: The exchange symbol for this asset. Limited in length by `StringLimit`.
     * - `decimals`: The number of decimals this asset uses to represent one unit.
     *
     * Emits `MetadataSet`.
     *
     * Weight: `O(1)`
     */
    "set_metadata": Anonymize<I8hff7chabggkd>;
    /**
     * Clear the metadata for an asset.
     *
     * Origin must be Signed and the sender should be the Owner of the asset `id`.
     *
     * Any deposit is freed for the asset owner.
     *
     * - `id`: The identifier of the asset to clear.
     *
     * Emits `MetadataCleared`.
     *
     * Weight: `O(1)`
     */
    "clear_metadata": Anonymize<Ic5b47dj4coa3r>;
    /**
     * Force the metadata for an asset to some value.
     *
     * Origin must be ForceOrigin.
     *
     * Any deposit is left alone.
     *
     * - `id`: The identifier of the asset to update.
     * - `name`: The user friendly name of this asset. Limited in length by `StringLimit`.
     * - `symbol`: The exchange symbol for this asset. Limited in length by `StringLimit`.
     * - `decimals`: The number of decimals this asset uses to represent one unit.
     *
     * Emits `MetadataSet`.
     *
     * Weight: `O(N + S)` where N and S are the length of the name and symbol respectively.
     */
    "force_set_metadata": Anonymize<I49i39mtj1ivbs>;
    /**
     * Clear the metadata for an asset.
     *
     * Origin must be ForceOrigin.
     *
     * Any deposit is returned.
     *
     * - `id`: The identifier of the asset to clear.
     *
     * Emits `MetadataCleared`.
     *
     * Weight: `O(1)`
     */
    "force_clear_metadata": Anonymize<Ic5b47dj4coa3r>;
    /**
     * Alter the attributes of a given asset.
     *
     * Origin must be `ForceOrigin`.
     *
     * - `id`: The identifier of the asset.
     * - `owner`: The new Owner of this asset.
     * - `issuer`: The new Issuer of this asset.
     * - `admin`: The new Admin of this asset.
     * - `freezer`: The new Freezer of this asset.
     * - `min_balance`: The minimum balance of this new asset that any single account must
     * have. If an account's balance is reduced below this, then it collapses to zero.
     * - `is_sufficient`: Whether a non-zero balance of this asset is deposit of sufficient
     * value to account for the state bloat associated with its balance storage. If set to
     * `true`, then non-zero balances may be stored without a `consumer` reference (and thus
     * an ED in the Balances pallet or whatever else is used to control user-account state
     * growth).
     * - `is_frozen`: Whether this asset class is frozen except for permissioned/admin
     * instructions.
     *
     * Emits `AssetStatusChanged` with the identity of the asset.
     *
     * Weight: `O(1)`
     */
    "force_asset_status": Anonymize<Ifkr2kcak2vto1>;
    /**
     * Approve an amount of asset for transfer by a delegated third-party account.
     *
     * Origin must be Signed.
     *
     * Ensures that `ApprovalDeposit` worth of `Currency` is reserved from signing account
     * for the purpose of holding the approval. If some non-zero amount of assets is already
     * approved from signing account to `delegate`, then it is topped up or unreserved to
     * meet the right value.
     *
     * NOTE: The signing account does not need to own `amount` of assets at the point of
     * making this call.
     *
     * - `id`: The identifier of the asset.
     * - `delegate`: The account to delegate permission to transfer asset.
     * - `amount`: The amount of asset that may be transferred by `delegate`. If there is
     * already an approval in place, then this acts additively.
     *
     * Emits `ApprovedTransfer` on success.
     *
     * Weight: `O(1)`
     */
    "approve_transfer": Anonymize<I1ju6r8q0cs9jt>;
    /**
     * Cancel all of some asset approved for delegated transfer by a third-party account.
     *
     * Origin must be Signed and there must be an approval in place between signer and
     * `delegate`.
     *
     * Unreserves any deposit previously reserved by `approve_transfer` for the approval.
     *
     * - `id`: The identifier of the asset.
     * - `delegate`: The account delegated permission to transfer asset.
     *
     * Emits `ApprovalCancelled` on success.
     *
     * Weight: `O(1)`
     */
    "cancel_approval": Anonymize<I4kpeq6j7cd5bu>;
    /**
     * Cancel all of some asset approved for delegated transfer by a third-party account.
     *
     * Origin must be either ForceOrigin or Signed origin with the signer being the Admin
     * account of the asset `id`.
     *
     * Unreserves any deposit previously reserved by `approve_transfer` for the approval.
     *
     * - `id`: The identifier of the asset.
     * - `delegate`: The account delegated permission to transfer asset.
     *
     * Emits `ApprovalCancelled` on success.
     *
     * Weight: `O(1)`
     */
    "force_cancel_approval": Anonymize<I5na1ka76k6811>;
    /**
     * Transfer some asset balance from a previously delegated account to some third-party
     * account.
     *
     * Origin must be Signed and there must be an approval in place by the `owner` to the
     * signer.
     *
     * If the entire amount approved for transfer is transferred, then any deposit previously
     * reserved by `approve_transfer` is unreserved.
     *
     * - `id`: The identifier of the asset.
     * - `owner`: The account which previously approved for a transfer of at least `amount` and
     * from which the asset balance will be withdrawn.
     * - `destination`: The account to which the asset balance of `amount` will be transferred.
     * - `amount`: The amount of assets to transfer.
     *
     * Emits `TransferredApproved` on success.
     *
     * Weight: `O(1)`
     */
    "transfer_approved": Anonymize<I59mhdb9omdqfa>;
    /**
     * Create an asset account for non-provider assets.
     *
     * A deposit will be taken from the signer account.
     *
     * - `origin`: Must be Signed; the signer account must have sufficient funds for a deposit
     * to be taken.
     * - `id`: The identifier of the asset for the account to be created.
     *
     * Emits `Touched` event when successful.
     */
    "touch": Anonymize<Ic5b47dj4coa3r>;
    /**
     * Return the deposit (if any) of an asset account or a consumer reference (if any) of an
     * account.
     *
     * The origin must be Signed.
     *
     * - `id`: The identifier of the asset for which the caller would like the deposit
     * refunded.
     * - `allow_burn`: If `true` then assets may be destroyed in order to complete the refund.
     *
     * It will fail with either [`Error::ContainsHolds`] or [`Error::ContainsFreezes`] if
     * the asset account contains holds or freezes in place.
     *
     * Emits `Refunded` event when successful.
     */
    "refund": Anonymize<I9vl5kpk0fpakt>;
    /**
     * Sets the minimum balance of an asset.
     *
     * Only works if there aren't any accounts that are holding the asset or if
     * the new value of `min_balance` is less than the old one.
     *
     * Origin must be Signed and the sender has to be the Owner of the
     * asset `id`.
     *
     * - `id`: The identifier of the asset.
     * - `min_balance`: The new value of `min_balance`.
     *
     * Emits `AssetMinBalanceChanged` event when successful.
     */
    "set_min_balance": Anonymize<I717jt61hu19b4>;
    /**
     * Create an asset account for `who`.
     *
     * A deposit will be taken from the signer account.
     *
     * - `origin`: Must be Signed; the signer account must have sufficient funds for a deposit
     * to be taken.
     * - `id`: The identifier of the asset for the account to be created, the asset status must
     * be live.
     * - `who`: The account to be created.
     *
     * Emits `Touched` event when successful.
     */
    "touch_other": Anonymize<I1nlrtd1epki2d>;
    /**
     * Return the deposit (if any) of a target asset account. Useful if you are the depositor.
     *
     * The origin must be Signed and either the account owner, depositor, or asset `Admin`. In
     * order to burn a non-zero balance of the asset, the caller must be the account and should
     * use `refund`.
     *
     * - `id`: The identifier of the asset for the account holding a deposit.
     * - `who`: The account to refund.
     *
     * It will fail with either [`Error::ContainsHolds`] or [`Error::ContainsFreezes`] if
     * the asset account contains holds or freezes in place.
     *
     * Emits `Refunded` event when successful.
     */
    "refund_other": Anonymize<I1nlrtd1epki2d>;
    /**
     * Disallow further unprivileged transfers of an asset `id` to and from an account `who`.
     *
     * Origin must be Signed and the sender should be the Freezer of the asset `id`.
     *
     * - `id`: The identifier of the account's asset.
     * - `who`: The account to be unblocked.
     *
     * Emits `Blocked`.
     *
     * Weight: `O(1)`
     */
    "block": Anonymize<I1nlrtd1epki2d>;
    /**
     * Transfer the entire transferable balance from the caller asset account.
     *
     * NOTE: This function only attempts to transfer _transferable_ balances. This means that
     * any held, frozen, or minimum balance (when `keep_alive` is `true`), will not be
     * transferred by this function. To ensure that this function results in a killed account,
     * you might need to prepare the account by removing any reference counters, storage
     * deposits, etc...
     *
     * The dispatch origin of this call must be Signed.
     *
     * - `id`: The identifier of the asset for the account holding a deposit.
     * - `dest`: The recipient of the transfer.
     * - `keep_alive`: A boolean to determine if the `transfer_all` operation should send all
     * of the funds the asset account has, causing the sender asset account to be killed
     * (false), or transfer everything except at least the minimum balance, which will
     * guarantee to keep the sender asset account alive (true).
     */
    "transfer_all": Anonymize<I7f7v8192r1lmq>;
    /**
     * Sets the trusted reserve information of an asset.
     *
     * Origin must be the Owner of the asset `id`. The origin must conform to the configured
     * `CreateOrigin` or be the signed `owner` configured during asset creation.
     *
     * - `id`: The identifier of the asset.
     * - `reserves`: The full list of trusted reserves information.
     *
     * Emits `AssetMinBalanceChanged` event when successful.
     */
    "set_reserves": Anonymize<Idjrs24gh0qv5l>;
}>;
export type Ic357tcepuvo5c = {
    "id": number;
    "admin": MultiAddress;
    "min_balance": bigint;
};
export type I2rnoam876ruhj = {
    "id": number;
    "owner": MultiAddress;
    "is_sufficient": boolean;
    "min_balance": bigint;
};
export type Ic5b47dj4coa3r = {
    "id": number;
};
export type Ib3qnc19gu633c = {
    "id": number;
    "beneficiary": MultiAddress;
    "amount": bigint;
};
export type Ifira6u9hi7cu1 = {
    "id": number;
    "who": MultiAddress;
    "amount": bigint;
};
export type I72tqocvdoqfff = {
    "id": number;
    "target": MultiAddress;
    "amount": bigint;
};
export type I2i27f3sfmvc05 = {
    "id": number;
    "source": MultiAddress;
    "dest": MultiAddress;
    "amount": bigint;
};
export type I1nlrtd1epki2d = {
    "id": number;
    "who": MultiAddress;
};
export type I3abtumcmempjs = {
    "id": number;
    "owner": MultiAddress;
};
export type Id81m8flopt8ha = {
    "id": number;
    "issuer": MultiAddress;
    "admin": MultiAddress;
    "freezer": MultiAddress;
};
export type I8hff7chabggkd = {
    "id": number;
    "name": Uint8Array;
    "symbol": Uint8Array;
    "decimals": number;
};
export type I49i39mtj1ivbs = {
    "id": number;
    "name": Uint8Array;
    "symbol": Uint8Array;
    "decimals": number;
    "is_frozen": boolean;
};
export type Ifkr2kcak2vto1 = {
    "id": number;
    "owner": MultiAddress;
    "issuer": MultiAddress;
    "admin": MultiAddress;
    "freezer": MultiAddress;
    "min_balance": bigint;
    "is_sufficient": boolean;
    "is_frozen": boolean;
};
export type I1ju6r8q0cs9jt = {
    "id": number;
    "delegate": MultiAddress;
    "amount": bigint;
};
export type I4kpeq6j7cd5bu = {
    "id": number;
    "delegate": MultiAddress;
};
export type I5na1ka76k6811 = {
    "id": number;
    "owner": MultiAddress;
    "delegate": MultiAddress;
};
export type I59mhdb9omdqfa = {
    "id": number;
    "owner": MultiAddress;
    "destination": MultiAddress;
    "amount": bigint;
};
export type I9vl5kpk0fpakt = {
    "id": number;
    "allow_burn": boolean;
};
export type I717jt61hu19b4 = {
    "id": number;
    "min_balance": bigint;
};
export type I7f7v8192r1lmq = {
    "id": number;
    "dest": MultiAddress;
    "keep_alive": boolean;
};
export type Idjrs24gh0qv5l = {
    "id": number;
    "reserves": Anonymize<I35l6p7kq19mr0>;
};
export type I8l6ha3etop1r0 = AnonymousEnum<{
    /**
     * Pay `amount` of the payment asset into `community`'s pot, receiving shares, native
     * tokens and access credits at once (see the crate docs; `TreasuryApi::quote_contribute`
     * shows them before signing).
     *
     * - origin: signed, a member of the community. It holds the position's deposit if it
     * has none yet (and the pot record's if the pot has none), paid from its native
     * balance after the mint.
     * - `amount`: payment asset moved from the caller to the pot account.
     *
     * Emits `Contributed` (and `PotOpened`, `PotEndowed`, `DepositHeld` when they apply).
     * Weight: O(1).
     */
    "contribute": Anonymize<Ifeoar3058488j>;
    /**
     * Burn `shares` of `community`'s pot and take their part of its free value back; the
     * native tokens and unspent credits that go with those shares are burned too
     * (`TreasuryApi::quote_withdraw` shows all of it before signing).
     *
     * - origin: signed, a shareholder without outstanding votes in the community (it need
     * not be a member any more). It must still have the native tokens to burn, free.
     * - `shares`: at most the caller's shares; all of them close the position and return
     * its deposit (and the pot record's, when the pot is left with nothing).
     *
     * Emits `Withdrawn` (and `DepositReleased`, `PotClosed` when they apply).
     * Weight: O(1).
     */
    "withdraw": Anonymize<Idgnke4ugfe999>;
    /**
     * Set [`NativePerPayment`], the native base units minted per payment base unit in
     * later contributions (earlier positions burn what they were minted).
     *
     * - origin: `ForceOrigin` (Root).
     *
     * Emits `RateSet`. Weight: O(1).
     */
    "set_rate": Anonymize<Icugojtovsp2sc>;
    /**
     * Pause or unpause `community`'s pot: while paused, nobody contributes or withdraws
     * (jobs keep their reservations).
     *
     * - origin: `ForceOrigin` (Root).
     * - `community`: any id (a pot may be paused before it exists).
     *
     * Emits `PauseSet`. Weight: O(1).
     */
    "set_paused": Anonymize<I764te3tcocl5j>;
}>;
export type Idgnke4ugfe999 = {
    "community": number;
    "shares": bigint;
};
export type I9vodnt2k1kha = AnonymousEnum<{
    "Yes": undefined;
    "No": undefined;
    "Stuck": undefined;
}>;
export type I4ao1le27fcisl = ({
    "current_migration": number;
    "total_migrations": number;
    "current_migration_steps": number;
    "current_migration_max_steps"?: Anonymize<I4arjljr6dpflb>;
}) | undefined;
export type Ih4ursllob8fg = {
    "ongoing": Anonymize<I9vodnt2k1kha>;
    "progress"?: Anonymize<I4ao1le27fcisl>;
    "prefixes": Anonymize<Itom7fk49o0c9>;
};
export type I6052turo9tavh = (Anonymize<I3qklfjubrljqh>) | undefined;
export type Iemk0s5gdc9ruv = (Anonymize<I78s05f59eoi8b>) | undefined;
export type Iaqet9jc3ihboe = {
    "header": Anonymize<Ic952bubvq4k7d>;
    "extrinsics": Anonymize<Itom7fk49o0c9>;
};
export type Ic952bubvq4k7d = {
    "parent_hash": SizedHex<32>;
    "number": number;
    "state_root": SizedHex<32>;
    "extrinsics_root": SizedHex<32>;
    "digest": Anonymize<I4mddgoa69c0a2>;
};
export type I2v50gu3s1aqk6 = AnonymousEnum<{
    "AllExtrinsics": undefined;
    "OnlyInherents": undefined;
}>;
export type I4gil44d08grh = {
    "prefix": SizedHex<16>;
    "suffix": SizedHex<16>;
};
export type I7u915mvkdsb08 = ResultPayload<Uint8Array, Enum<{
    "NotImplemented": undefined;
    "NotFound": Anonymize<I4gil44d08grh>;
    "Codec": undefined;
}>>;
export type I7ph8jsp9gr6qe = ResultPayload<Anonymize<I8jk7dnbjd3cdl>, Anonymize<I5nrjkj9qumobs>>;
export type I5nrjkj9qumobs = AnonymousEnum<{
    "Invalid": Enum<{
        "Call": undefined;
        "Payment": undefined;
        "Future": undefined;
        "Stale": undefined;
        "BadProof": undefined;
        "AncientBirthBlock": undefined;
        "ExhaustsResources": undefined;
        "Custom": number;
        "BadMandatory": undefined;
        "MandatoryValidation": undefined;
        "BadSigner": undefined;
        "IndeterminateImplicit": undefined;
        "UnknownOrigin": undefined;
    }>;
    "Unknown": TransactionValidityUnknownTransaction;
}>;
export type TransactionValidityUnknownTransaction = Enum<{
    "CannotLookup": undefined;
    "NoUnsignedValidator": undefined;
    "Custom": number;
}>;
export declare const TransactionValidityUnknownTransaction: GetEnum<TransactionValidityUnknownTransaction>;
export type If7uv525tdvv7a = Array<[SizedHex<8>, Uint8Array]>;
export type I2an1fs2eiebjp = {
    "okay": boolean;
    "fatal_error": boolean;
    "errors": Anonymize<If7uv525tdvv7a>;
};
export type TransactionValidityTransactionSource = Enum<{
    "InBlock": undefined;
    "Local": undefined;
    "External": undefined;
}>;
export declare const TransactionValidityTransactionSource: GetEnum<TransactionValidityTransactionSource>;
export type I9ask1o4tfvcvs = ResultPayload<{
    "priority": bigint;
    "requires": Anonymize<Itom7fk49o0c9>;
    "provides": Anonymize<Itom7fk49o0c9>;
    "longevity": bigint;
    "propagate": boolean;
}, Anonymize<I5nrjkj9qumobs>>;
export type I4ph3d1eepnmr1 = {
    "keys": Uint8Array;
    "proof": Uint8Array;
};
export type Icerf8h8pdu8ss = (Array<[Uint8Array, SizedHex<4>]>) | undefined;
export type I6spmpef2c7svf = {
    "weight": Anonymize<I4q39t5hn830vp>;
    "class": DispatchClass;
    "partial_fee": bigint;
};
export type Iei2mvq0mjvt81 = {
    "inclusion_fee"?: ({
        "base_fee": bigint;
        "len_fee": bigint;
        "adjusted_weight_fee": bigint;
    }) | undefined;
    "tip": bigint;
};
export type I2skqlt5o4n8g2 = AnonymousEnum<{
    "System": Anonymize<Iekve0i6djpd9f>;
    "Timestamp": Anonymize<I7d75gqfg6jh9c>;
    "Grandpa": Anonymize<Ibck9ekr2i96uj>;
    "Balances": Anonymize<I9svldsp29mh87>;
    "Sudo": Anonymize<I3cjdtslor6be>;
    "MultiBlockMigrations": Anonymize<I4oqb168b2d4er>;
    "Voting": Anonymize<Icfh0bu894rrl3>;
    "Consensus": Anonymize<Ib2qgmdbl8ru0b>;
    "Assets": Anonymize<I885rd9smlqfti>;
    "Treasury": Anonymize<I8l6ha3etop1r0>;
}>;
export type I2o37d4pl5pj1v = ({
    "action"?: (Anonymize<I2egcv7baot2ur>) | undefined;
    "status": Enum<{
        "Voting": undefined;
        "Closable": undefined;
        "Closed": {
            "passed": boolean;
        };
    }>;
    "aye": bigint;
    "nay": bigint;
    "deadline"?: Anonymize<I4arjljr6dpflb>;
    "metadata"?: Anonymize<Iabpgqcjikia83>;
}) | undefined;
export type Ie1f074hnfojhu = {
    "frozen": bigint;
    "committed": bigint;
    "transferable": bigint;
};
export type Ia0463ed2d8hoc = ({
    "votes": number;
    "threshold": number;
}) | undefined;
export type I3h1jn1cpt9ckm = (Anonymize<I45e1ce6absor0>) | undefined;
export type I5hideeuecp448 = Array<{
    "proposal": number;
    "command": Uint8Array;
    "budget": bigint;
    "kind": Anonymize<I497pkqioo3an1>;
}>;
export type I2jvsds2rasvfr = (Anonymize<I1e9tonl5mgo9l>) | undefined;
export type Ikkb69lor3kus = AnonymousEnum<{
    "Unknown": undefined;
    "Queued": {
        "budget": bigint;
        "kind": Anonymize<I497pkqioo3an1>;
        "expires_at"?: Anonymize<I4arjljr6dpflb>;
    };
    "AwaitingPayout": {
        "executor": SS58String;
        "amount": bigint;
        "claimable_at": number;
    };
    "Disputed": {
        "executor": SS58String;
        "amount": bigint;
        "disputer": SS58String;
    };
    "Settled": {
        "outcome": Anonymize<Iajat2st7r0qcq>;
        "settlement": Anonymize<I45p4nn01qulao>;
    };
}>;
export type Ibg1jp40ehs0ld = Array<{
    "job": number;
    "amount": bigint;
    "claimable_at": number;
}>;
export type I2pb36aqp6mkq6 = ({
    "account": SS58String;
    "balance": bigint;
    "value": bigint;
    "reserved": bigint;
    "total_shares": bigint;
    "paused": boolean;
}) | undefined;
export type I45kpv49trt6rk = ({
    "shares": bigint;
    "value": bigint;
    "credits": bigint;
    "contributed": bigint;
    "native_minted": bigint;
    "deposit": bigint;
}) | undefined;
export type I1l09aajunm730 = ResultPayload<{
    "endowment": bigint;
    "shares": bigint;
    "native": bigint;
    "credits": bigint;
    "deposit": bigint;
}, Anonymize<I75u1r2ftl8a3c>>;
export type Ianoimqap31bl5 = ResultPayload<{
    "amount": bigint;
    "native_burned": bigint;
    "credits_burned": bigint;
    "deposit_released": bigint;
}, Anonymize<I75u1r2ftl8a3c>>;
export type I7m9f1765r61dl = Array<{
    "uid": number;
    "account": SS58String;
    "peer_id": Uint8Array;
    "stake": bigint;
    "joined_epoch": number;
    "result"?: ([number, Anonymize<I86oqdhi1hmds1>]) | undefined;
    "unclaimed": Anonymize<Id1ip0s6k55smi>;
    "leaving": boolean;
}>;
export type Ifqk46oi1nvn14 = AnonymousEnum<{
    "Allowed": undefined;
    "Denied": Uint8Array;
}>;
export type Ia9ca4i070phmp = {
    "account": SS58String;
    "balance": bigint;
    "fundings": Anonymize<Ifp02g3hmvd6ae>;
};
export type Ibjn3jjppeae4m = {
    "submitted": boolean;
    "unconfirmed": boolean;
};
export type Icpd4ilelfjrjp = [Array<{
    "pallet": Uint8Array;
    "instance": Uint8Array;
    "benchmarks": Array<{
        "name": Uint8Array;
        "components": Array<[Anonymize<I6vo8tspufaots>, number, number]>;
        "pov_modes": Anonymize<I6pi5ou8r1hblk>;
    }>;
}>, Array<{
    "pallet_name": Uint8Array;
    "storage_name": Uint8Array;
    "prefix": Uint8Array;
    "max_values"?: Anonymize<I4arjljr6dpflb>;
    "max_size"?: Anonymize<I4arjljr6dpflb>;
}>];
export type I6vo8tspufaots = AnonymousEnum<{
    "a": undefined;
    "b": undefined;
    "c": undefined;
    "d": undefined;
    "e": undefined;
    "f": undefined;
    "g": undefined;
    "h": undefined;
    "i": undefined;
    "j": undefined;
    "k": undefined;
    "l": undefined;
    "m": undefined;
    "n": undefined;
    "o": undefined;
    "p": undefined;
    "q": undefined;
    "r": undefined;
    "s": undefined;
    "t": undefined;
    "u": undefined;
    "v": undefined;
    "w": undefined;
    "x": undefined;
    "y": undefined;
    "z": undefined;
}>;
export type Ifrgs7ghvcklk4 = {
    "pallet": Uint8Array;
    "instance": Uint8Array;
    "benchmark": Uint8Array;
    "selected_components": Anonymize<I3s4kufg2idnf2>;
    "verify": boolean;
    "internal_repeats": number;
};
export type I3s4kufg2idnf2 = Array<[Anonymize<I6vo8tspufaots>, number]>;
export type I8hkiu602iehii = ResultPayload<Array<{
    "pallet": Uint8Array;
    "instance": Uint8Array;
    "benchmark": Uint8Array;
    "results": Array<{
        "components": Anonymize<I3s4kufg2idnf2>;
        "extrinsic_time": bigint;
        "storage_root_time": bigint;
        "reads": number;
        "repeat_reads": number;
        "writes": number;
        "repeat_writes": number;
        "proof_size": number;
        "keys": Array<[Uint8Array, number, number, boolean]>;
    }>;
}>, string>;
export type Ie9sr1iqcg3cgm = ResultPayload<undefined, string>;
export type I1mqgk2tmnn9i2 = (string) | undefined;
export type I6lr8sctk0bi4e = Array<string>;
export {};
