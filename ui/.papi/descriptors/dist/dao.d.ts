import { StorageDescriptor, PlainDescriptor, TxDescriptor, RuntimeDescriptor, Enum, ApisFromDef, QueryFromPalletsDef, TxFromPalletsDef, EventsFromPalletsDef, ErrorsFromPalletsDef, ConstFromPalletsDef, ViewFnsFromPalletsDef, SS58String, SizedHex, FixedSizeArray } from "polkadot-api";
import type { I5sesotjlssv2d, Iffmde3ekjedi9, I4mddgoa69c0a2, I4nm2ouqs0qvna, I95g6i7ilua7lq, Ieniouoqkq4icf, Phase, Ibgl04rn6nbfm6, I4q39t5hn830vp, Ic5m5lp1oioo8r, GrandpaStoredState, I7pe2me3i3vtn9, I9jd27rnpm8ttv, I3geksg000c171, I1q8tnt1cluu5j, I8ds64oj6581v0, Ia7pdug7cdsg8g, I16pr1itfor9kh, Ic6id74fg23qlj, TransactionPaymentReleases, Iepbsvlk3qceij, I45e1ce6absor0, I92ikj78cfe74n, I7svnfko10tq2e, I9kk1g25jao8ms, I12k3sh3kkavub, I9blvmd2d9evta, I62pd8np343ttf, I5ig22l6fu89lo, I6jh5hpbm5kaeu, I1e9tonl5mgo9l, Ifskpo1sgbor7d, I7itl9op08e1h2, Ifp02g3hmvd6ae, Ip1g1uv3ujmu5, Ib4obelnl8gp2k, I5g2vv0ckl2m8b, I8l5913gn3e80q, Icp9h5ma02v1rg, Icgljjb6j82uhn, Ic1kh033vd5btk, I6db9pujpai937, I1q4hck9gu1662, Ianqag658uuo1p, Ibs8igarvfhlt2, Ido4mik3u0ji27, I8036nfo6vvkv9, Id1ip0s6k55smi, I1c9hs790m0fo0, I3qklfjubrljqh, Iag3f1hum3p4c8, I4s6jkha20aoh0, I2brm5b9jij1st, I78s05f59eoi8b, I35l6p7kq19mr0, I23h6a7nbk6qb9, I9kch13r40brep, In7a38730s6qs, Ibtil0ss5munbk, I9s0ave7t0vnrk, I4fo08joqmcqnm, I8ofcg5rbj0g2c, I4adgbll7gku4i, I6pjjpfvhvcfru, I9pj91mj79qekl, I39uah9nss64h9, Ik64dknsq7k08, Ib51vk42m1po4n, Idcr6u6361oad9, I3a5kuu5t5jj3g, I2hviml3snvhhn, I4ktuaksf5i1gk, I9bqtpv2ii35mp, I9j7pagd6d4bda, I2h9pmio37r7fb, Ibmr18suc9ikh9, I9iq22t0burs89, I5u8olqbbvfnvf, I5utcetro501ir, I44u56gmrh529g, I2s0n8gv7os2s0, I8k3rnvpeeh4hv, Icr4s5me5rg0j9, Ibou4u1engb441, Id6nbvqoqdj4o2, I95iqep3b8snn9, Irvr8i6a52bpq, Ib0ikv4f028hpd, Idpcllp3bt9cd6, Id8q0piahevn2d, I183ltps612jva, I8t8icrmmphpdj, Iagpb244vejgr0, I2o8abtqt7f1k5, I5bp5t7b8oc40n, I4ksblmgi8qqa5, Ibllpqeekmqi23, I3tlbi7oaec931, I4ev0j7b1u0sf, I9b0p61300r8e5, I56mj1a1bsjo5r, I7he7ol9vl0043, I23uef3j853ofc, If1cjn6k29v039, I6qjgkio6ukurc, Ia8qdcd799akr5, I1a0u8iq5197ju, Ic357tcepuvo5c, I2rnoam876ruhj, Ic5b47dj4coa3r, Ib3qnc19gu633c, Ifira6u9hi7cu1, I72tqocvdoqfff, I2i27f3sfmvc05, I1nlrtd1epki2d, I3abtumcmempjs, Id81m8flopt8ha, I8hff7chabggkd, I49i39mtj1ivbs, Ifkr2kcak2vto1, I1ju6r8q0cs9jt, I4kpeq6j7cd5bu, I5na1ka76k6811, I59mhdb9omdqfa, I9vl5kpk0fpakt, I717jt61hu19b4, I7f7v8192r1lmq, Idjrs24gh0qv5l, Ifeoar3058488j, Idgnke4ugfe999, Icugojtovsp2sc, I764te3tcocl5j, Ia82mnkmeo2rhc, Ifrpg92ommbd8f, I1jm8m1rh9e20v, Icbccs0ug47ilf, I855j4i3kr8ko1, I9ore0ta15q4b3, I5768ac424h061, Icv68aq8841478, Ic262ibdoec56a, Iflcfm9b6nlmdd, Ijrsf4mnp3eka, Id5fm4p8lj5qgi, I8tjvj9uq4b7hi, I3qt1hgg4djhgb, I4cbvqmqadhrea, I4fooe9dun9o0t, If40bvlj17n25h, It4vk8t5huvcq, Ieiail2510b2gp, Iph9c4rn81ub2, Ier2cke86dqbr2, I2nb3gspkvbdo6, I5rtkmhm2dng4u, If1co0pilmi7oq, I666bl2fqjkejo, Iae74gjak1qibn, I3escdojpj0551, I6vp9qenqcvo8k, Iafncbtlmj01ha, Ic4bklqar84qle, Ifohqabum3i08m, Icthtprhdlng1a, Ifg9edgk601k04, Ic20funudrh9sc, Icqo1bhco9bkho, Id2urhq2tm7shi, I3ih72u3hrmm2u, I7uee85bftdk2r, Ifarl8jpi502pr, Iubar50lb6r0r, I9ki05ubplcmce, I6c16o105j38h2, I43v4ea031loef, I13pss2ktppq52, I8ar49j4er9nq2, Icghj2kq3vsglg, I52jrf1ffqrkoh, I8bnpkdbks0s48, I2qar3b5521lr7, I2ks9iih7vkll2, I98e87sa5lc7b2, I9lp752mca6n45, Iab16ib8iijm51, I7afpjpie6kk2q, Iflbu0lls4reig, I8qhq86pobtmp1, Ib9fcq87c3uflh, I7a4a64d0tr90h, Iabv693dlpl0ba, I5ivp9psr0qm9a, Ib5lvgmkvg2tq7, Iek1pb2c9133j1, I88ff3u4dpivk, I33cp947glv1ks, Ic9om1gmmqu7rq, I5hfov2b68ppb6, Ibthhb2m9vneds, Iaitn5bqfacj7k, If4ebvclj2ugvi, Ia5le7udkgbaq9, Ieduc1e6frq8rb, I9h6gbtabovtm4, Ifnsa0dkkpf465, I65dtqr2egjbc3, Ibqj3vg5s5lk0c, I6l73u513p8rna, Iefqmt2htu1dlu, If8bgtgqrchjtu, Idusmq77988cmt, Ifhs6ggbuiec5i, Id2vo4qi5agnp0, If98cvfntbq8ht, Iffuevartucnru, I8djsmkl5ujpec, If9nlq7ptrltba, I2622j2c18g1ti, Ie5fbtieg6bgtd, I73q78i4pp1heb, I9vodnt2k1kha, I4ao1le27fcisl, Itom7fk49o0c9, Ih4ursllob8fg, I6052turo9tavh, I35p85j063s0il, Iemk0s5gdc9ruv, Iaqet9jc3ihboe, Ic952bubvq4k7d, I2v50gu3s1aqk6, Iabpgqcjikia83, I4gil44d08grh, I7u915mvkdsb08, I7ph8jsp9gr6qe, If7uv525tdvv7a, I2an1fs2eiebjp, TransactionValidityTransactionSource, I9ask1o4tfvcvs, I4ph3d1eepnmr1, Icerf8h8pdu8ss, I9puqgoda8ofk4, I6spmpef2c7svf, Iei2mvq0mjvt81, I2skqlt5o4n8g2, I2o37d4pl5pj1v, Ie1f074hnfojhu, Ia0463ed2d8hoc, I3h1jn1cpt9ckm, I5hideeuecp448, I2jvsds2rasvfr, Ikkb69lor3kus, Ibg1jp40ehs0ld, I2pb36aqp6mkq6, I45kpv49trt6rk, I1l09aajunm730, Ianoimqap31bl5, I7m9f1765r61dl, Ifqk46oi1nvn14, Ia9ca4i070phmp, Ibjn3jjppeae4m, Icpd4ilelfjrjp, Ifrgs7ghvcklk4, I8hkiu602iehii, Ie9sr1iqcg3cgm, I1mqgk2tmnn9i2, I6lr8sctk0bi4e, I75u1r2ftl8a3c } from "./common-types";
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
type IStorage = {
    System: {
        /**
         * The full account information for a particular account ID.
         */
        Account: StorageDescriptor<[Key: SS58String], Anonymize<I5sesotjlssv2d>, false, never>;
        /**
         * Total extrinsics count for the current block.
         */
        ExtrinsicCount: StorageDescriptor<[], number, true, never>;
        /**
         * Whether all inherents have been applied.
         */
        InherentsApplied: StorageDescriptor<[], boolean, false, never>;
        /**
         * The current weight for the block.
         */
        BlockWeight: StorageDescriptor<[], Anonymize<Iffmde3ekjedi9>, false, never>;
        /**
         * Total size (in bytes) of the current block.
         *
         * Tracks the size of the header and all extrinsics.
         */
        BlockSize: StorageDescriptor<[], number, true, never>;
        /**
         * Map of block numbers to block hashes.
         */
        BlockHash: StorageDescriptor<[Key: number], SizedHex<32>, false, never>;
        /**
         * Extrinsics data for the current block (maps an extrinsic's index to its data).
         */
        ExtrinsicData: StorageDescriptor<[Key: number], Uint8Array, false, never>;
        /**
         * The current block number being processed. Set by `execute_block`.
         */
        Number: StorageDescriptor<[], number, false, never>;
        /**
         * Hash of the previous block.
         */
        ParentHash: StorageDescriptor<[], SizedHex<32>, false, never>;
        /**
         * Digest of the current block, also part of the block header.
         */
        Digest: StorageDescriptor<[], Anonymize<I4mddgoa69c0a2>, false, never>;
        /**
         * Events deposited for the current block.
         *
         * NOTE: The item is unbound and should therefore never be read on chain.
         * It could otherwise inflate the PoV size of a block.
         *
         * Events have a large in-memory size. Box the events to not go out-of-memory
         * just in case someone still reads them from within the runtime.
         */
        Events: StorageDescriptor<[], Anonymize<I4nm2ouqs0qvna>, false, never>;
        /**
         * The number of events in the `Events<T>` list.
         */
        EventCount: StorageDescriptor<[], number, false, never>;
        /**
         * Mapping between a topic (represented by T::Hash) and a vector of indexes
         * of events in the `<Events<T>>` list.
         *
         * All topic vectors have deterministic storage locations depending on the topic. This
         * allows light-clients to leverage the changes trie storage tracking mechanism and
         * in case of changes fetch the list of events of interest.
         *
         * The value has the type `(BlockNumberFor<T>, EventIndex)` because if we used only just
         * the `EventIndex` then in case if the topic has the same contents on the next block
         * no notification will be triggered thus the event might be lost.
         */
        EventTopics: StorageDescriptor<[Key: SizedHex<32>], Anonymize<I95g6i7ilua7lq>, false, never>;
        /**
         * Stores the `spec_version` and `spec_name` of when the last runtime upgrade happened.
         */
        LastRuntimeUpgrade: StorageDescriptor<[], Anonymize<Ieniouoqkq4icf>, true, never>;
        /**
         * Number of blocks till the pending code upgrade is applied.
         */
        BlocksTillUpgrade: StorageDescriptor<[], number, true, never>;
        /**
         * True if we have upgraded so that `type RefCount` is `u32`. False (default) if not.
         */
        UpgradedToU32RefCount: StorageDescriptor<[], boolean, false, never>;
        /**
         * True if we have upgraded so that AccountInfo contains three types of `RefCount`. False
         * (default) if not.
         */
        UpgradedToTripleRefCount: StorageDescriptor<[], boolean, false, never>;
        /**
         * The execution phase of the block.
         */
        ExecutionPhase: StorageDescriptor<[], Phase, true, never>;
        /**
         * `Some` if a code upgrade has been authorized.
         */
        AuthorizedUpgrade: StorageDescriptor<[], Anonymize<Ibgl04rn6nbfm6>, true, never>;
        /**
         * The weight reclaimed for the extrinsic.
         *
         * This information is available until the end of the extrinsic execution.
         * More precisely this information is removed in `note_applied_extrinsic`.
         *
         * Logic doing some post dispatch weight reduction must update this storage to avoid duplicate
         * reduction.
         */
        ExtrinsicWeightReclaimed: StorageDescriptor<[], Anonymize<I4q39t5hn830vp>, false, never>;
    };
    Timestamp: {
        /**
         * The current time for the current block.
         */
        Now: StorageDescriptor<[], bigint, false, never>;
        /**
         * Whether the timestamp has been updated in this block.
         *
         * This value is updated to `true` upon successful submission of a timestamp by a node.
         * It is then checked at the end of each block execution in the `on_finalize` hook.
         */
        DidUpdate: StorageDescriptor<[], boolean, false, never>;
    };
    Aura: {
        /**
         * The current authority set.
         */
        Authorities: StorageDescriptor<[], Anonymize<Ic5m5lp1oioo8r>, false, never>;
        /**
         * The current slot of this block.
         *
         * This will be set in `on_initialize`.
         */
        CurrentSlot: StorageDescriptor<[], bigint, false, never>;
    };
    Grandpa: {
        /**
         * State of the current authority set.
         */
        State: StorageDescriptor<[], GrandpaStoredState, false, never>;
        /**
         * Pending change: (signaled at, scheduled change).
         */
        PendingChange: StorageDescriptor<[], Anonymize<I7pe2me3i3vtn9>, true, never>;
        /**
         * next block number where we can force a change.
         */
        NextForced: StorageDescriptor<[], number, true, never>;
        /**
         * `true` if we are currently stalled.
         */
        Stalled: StorageDescriptor<[], Anonymize<I9jd27rnpm8ttv>, true, never>;
        /**
         * The number of changes (both in terms of keys and underlying economic responsibilities)
         * in the "set" of Grandpa validators from genesis.
         */
        CurrentSetId: StorageDescriptor<[], bigint, false, never>;
        /**
         * A mapping from grandpa set ID to the index of the *most recent* session for which its
         * members were responsible.
         *
         * This is only used for validating equivocation proofs. An equivocation proof must
         * contains a key-ownership proof for a given session, therefore we need a way to tie
         * together sessions and GRANDPA set ids, i.e. we need to validate that a validator
         * was the owner of a given key on a given session, and what the active set ID was
         * during that session.
         *
         * TWOX-NOTE: `SetId` is not under user control.
         */
        SetIdSession: StorageDescriptor<[Key: bigint], number, true, never>;
        /**
         * The current list of authorities.
         */
        Authorities: StorageDescriptor<[], Anonymize<I3geksg000c171>, false, never>;
    };
    Balances: {
        /**
         * The total units issued in the system.
         */
        TotalIssuance: StorageDescriptor<[], bigint, false, never>;
        /**
         * The total units of outstanding deactivated balance in the system.
         *
         * This is not guaranteed to be less than or equal to [`TotalIssuance`]. Total issuance may be
         * reduced independently of this value, including while a reversible imbalance is outstanding.
         * Active issuance is therefore derived using saturating subtraction.
         */
        InactiveIssuance: StorageDescriptor<[], bigint, false, never>;
        /**
         * The Balances pallet example of storing the balance of an account.
         *
         * # Example
         *
         * ```nocompile
         * impl pallet_balances::Config for Runtime {
         * type AccountStore = StorageMapShim<Self::Account<Runtime>, frame_system::Provider<Runtime>, AccountId, Self::AccountData<Balance>>
         * }
         * ```
         *
         * You can also store the balance of an account in the `System` pallet.
         *
         * # Example
         *
         * ```nocompile
         * impl pallet_balances::Config for Runtime {
         * type AccountStore = System
         * }
         * ```
         *
         * But this comes with tradeoffs, storing account balances in the system pallet stores
         * `frame_system` data alongside the account data contrary to storing account balances in the
         * `Balances` pallet, which uses a `StorageMap` to store balances data only.
         * NOTE: This is only used in the case that this pallet is used to store balances.
         */
        Account: StorageDescriptor<[Key: SS58String], Anonymize<I1q8tnt1cluu5j>, false, never>;
        /**
         * Any liquidity locks on some account balances.
         * NOTE: Should only be accessed when setting, changing and freeing a lock.
         *
         * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
         */
        Locks: StorageDescriptor<[Key: SS58String], Anonymize<I8ds64oj6581v0>, false, never>;
        /**
         * Named reserves on some account balances.
         *
         * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
         */
        Reserves: StorageDescriptor<[Key: SS58String], Anonymize<Ia7pdug7cdsg8g>, false, never>;
        /**
         * Holds on account balances.
         */
        Holds: StorageDescriptor<[Key: SS58String], Anonymize<I16pr1itfor9kh>, false, never>;
        /**
         * Freeze locks on account balances.
         */
        Freezes: StorageDescriptor<[Key: SS58String], Anonymize<Ic6id74fg23qlj>, false, never>;
    };
    TransactionPayment: {
        /**
        
         */
        NextFeeMultiplier: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        StorageVersion: StorageDescriptor<[], TransactionPaymentReleases, false, never>;
        /**
         * The `OnChargeTransaction` stores the withdrawn tx fee here.
         *
         * Use `withdraw_txfee` and `remaining_txfee` to access from outside the crate.
         */
        TxPaymentCredit: StorageDescriptor<[], bigint, true, never>;
    };
    Sudo: {
        /**
         * The `AccountId` of the sudo key.
         */
        Key: StorageDescriptor<[], SS58String, true, never>;
    };
    MultiBlockMigrations: {
        /**
         * The currently active migration to run and its cursor.
         *
         * `None` indicates that no migration is running.
         */
        Cursor: StorageDescriptor<[], Anonymize<Iepbsvlk3qceij>, true, never>;
        /**
         * Set of all successfully executed migrations.
         *
         * This is used as blacklist, to not re-execute migrations that have not been removed from the
         * codebase yet. Governance can regularly clear this out via `clear_historic`.
         */
        Historic: StorageDescriptor<[Key: Uint8Array], null, true, never>;
    };
    Voting: {
        /**
         * Communities by id.
         */
        Communities: StorageDescriptor<[Key: number], Anonymize<I45e1ce6absor0>, true, never>;
        /**
         * Membership: present iff the account is a member of the community.
         */
        Members: StorageDescriptor<Anonymize<I7svnfko10tq2e>, Anonymize<I92ikj78cfe74n>, true, never>;
        /**
         * The vouches for a candidate of a community (at most `MaxWhitelistThreshold`, never
         * empty).
         */
        Vouches: StorageDescriptor<Anonymize<I7svnfko10tq2e>, Anonymize<I9kk1g25jao8ms>, false, never>;
        /**
         * Open proposals by community and proposal id.
         */
        Proposals: StorageDescriptor<Anonymize<I9jd27rnpm8ttv>, Anonymize<I12k3sh3kkavub>, true, never>;
        /**
         * The deadline and running tally of each open proposal (present iff the proposal is in
         * [`Proposals`]).
         */
        Tallies: StorageDescriptor<Anonymize<I9jd27rnpm8ttv>, Anonymize<I9blvmd2d9evta>, true, never>;
        /**
         * The serial number of the next proposal pushed, in any community
         * ([`ProposalTally::serial`]).
         */
        NextProposalSerial: StorageDescriptor<[], bigint, false, never>;
        /**
         * The outcome of closed proposals, until pruned.
         */
        Outcomes: StorageDescriptor<Anonymize<I9jd27rnpm8ttv>, Anonymize<I62pd8np343ttf>, true, never>;
        /**
         * Each voter's record: its live votes in every community (at most `MaxVotesPerVoter`),
         * which draw on its budget (the pallet's freeze on the account). Present while the
         * account has a budget or a live vote.
         */
        Voters: StorageDescriptor<[Key: SS58String], Anonymize<I5ig22l6fu89lo>, true, never>;
        /**
         * The jobs waiting for their executor's receipt (passed commands and requested jobs), by
         * community and job (proposal) id. At most `MaxOpenProposals` per community (counted in
         * [`Community::pending_executions`]).
         */
        PendingExecutions: StorageDescriptor<Anonymize<I9jd27rnpm8ttv>, Anonymize<I6jh5hpbm5kaeu>, true, never>;
        /**
         * Execution receipts of jobs, one per job, until pruned.
         */
        Receipts: StorageDescriptor<Anonymize<I9jd27rnpm8ttv>, Anonymize<I1e9tonl5mgo9l>, true, never>;
        /**
         * Payments of jobs reported `Succeeded` with a budget, until settled (claimed, or decided
         * after a dispute). The budget stays reserved in the pot meanwhile.
         */
        Payments: StorageDescriptor<Anonymize<I9jd27rnpm8ttv>, Anonymize<Ifskpo1sgbor7d>, true, never>;
        /**
         * Executors' bonds by community and executor: the current executor's, and those of former
         * executors with payments still to settle.
         */
        ExecutorBonds: StorageDescriptor<Anonymize<I7svnfko10tq2e>, Anonymize<I7itl9op08e1h2>, true, never>;
    };
    Consensus: {
        /**
         * The communities funding each model's peers in the payment asset (at most
         * `MaxFundingsPerModel`), held by the model's funding account.
         */
        ModelFundings: StorageDescriptor<[Key: number], Anonymize<Ifp02g3hmvd6ae>, false, never>;
        /**
         * The id the next registered model gets (also the number of models).
         */
        NextModelId: StorageDescriptor<[], number, false, never>;
        /**
         * Registered models.
         */
        Models: StorageDescriptor<[Key: number], Anonymize<Ip1g1uv3ujmu5>, true, never>;
        /**
         * Model ids by path.
         */
        ModelPaths: StorageDescriptor<[Key: Uint8Array], number, true, never>;
        /**
         * Peers by model and account.
         */
        Peers: StorageDescriptor<Anonymize<I7svnfko10tq2e>, Anonymize<Ib4obelnl8gp2k>, true, never>;
        /**
         * The account behind each uid of a model (present iff the uid is taken).
         */
        Keys: StorageDescriptor<Anonymize<I5g2vv0ckl2m8b>, SS58String, true, never>;
        /**
         * Each model's uids: the join epoch of the peer under each uid, `None` for a free uid
         * (the next peer to join takes the lowest free one). What consensus reads of the peers.
         */
        Roster: StorageDescriptor<[Key: number], Anonymize<I8l5913gn3e80q>, false, never>;
        /**
         * The account behind each peer id of a model.
         */
        PeerAccounts: StorageDescriptor<Anonymize<Icp9h5ma02v1rg>, SS58String, true, never>;
        /**
         * The models an account is a peer of.
         */
        AccountModels: StorageDescriptor<[Key: SS58String], Anonymize<Icgljjb6j82uhn>, false, never>;
        /**
         * Stakes cooling down, by model and account.
         */
        Unbondings: StorageDescriptor<Anonymize<I7svnfko10tq2e>, Anonymize<Ic1kh033vd5btk>, true, never>;
        /**
         * The latest submission of each uid of a model, tagged with its epoch (a row of an older
         * epoch is ignored; it is overwritten by the uid's next submission).
         */
        Submissions: StorageDescriptor<Anonymize<I5g2vv0ckl2m8b>, Anonymize<I6db9pujpai937>, true, never>;
        /**
         * Who submitted or unconfirmed in each model's current epoch.
         */
        Participants: StorageDescriptor<[Key: number], Anonymize<I1q4hck9gu1662>, true, never>;
        /**
         * Penalties of an account, across models. Decreases by one per `PenaltyDecayEpochs`
         * consecutive honest epochs.
         */
        AccountPenaltyCount: StorageDescriptor<[Key: SS58String], number, false, never>;
        /**
         * Consecutive honest epochs of an account (submitted, no penalty) since its last penalty
         * or forgiven penalty.
         */
        HonestStreak: StorageDescriptor<[Key: SS58String], number, false, never>;
        /**
         * Each model's metagraph: the per-uid results of its latest formed epoch.
         */
        Metagraphs: StorageDescriptor<[Key: number], Anonymize<Ianqag658uuo1p>, true, never>;
        /**
         * How each model's latest evaluated epoch ended.
         */
        ModelOutcomes: StorageDescriptor<[Key: number], Anonymize<Ibs8igarvfhlt2>, true, never>;
        /**
         * What the consensus step still has to apply per peer of a model (at most one entry per
         * uid), in the order it applies them.
         */
        PendingEffects: StorageDescriptor<[Key: number], Anonymize<Ido4mik3u0ji27>, false, never>;
        /**
         * The uids of each model whose account went over `MaxAccountPenaltyCount` (in any model):
         * they leave the model at its next consensus step, and cannot submit meanwhile.
         */
        Leaving: StorageDescriptor<[Key: number], Uint8Array, false, never>;
        /**
         * Rewards credited to each uid of a model and not claimed yet (indexed by uid).
         */
        UnclaimedRewards: StorageDescriptor<[Key: number], Anonymize<I8036nfo6vvkv9>, false, never>;
        /**
         * Rewards of peers that left a model before claiming them, by model and account; paid by
         * `claim_rewards` or when the stake is released.
         */
        LeftRewards: StorageDescriptor<Anonymize<I7svnfko10tq2e>, Anonymize<Id1ip0s6k55smi>, true, never>;
        /**
         * The native rewards credited and not claimed yet, across models: the part of the reward
         * pot that is no longer free to credit.
         */
        RewardsOwed: StorageDescriptor<[], bigint, false, never>;
        /**
         * Free calls included in the current block (reset at each block's start).
         */
        FreeCallsInBlock: StorageDescriptor<[], number, false, never>;
        /**
         * Set while the consensus step of an epoch spreads over several blocks.
         */
        ConsensusCursor: StorageDescriptor<[], Anonymize<I1c9hs790m0fo0>, true, never>;
        /**
         * The last epoch whose submission window a consensus step cut into (it was still running
         * after the peer window, or past the epoch's start, and refused the submissions meanwhile).
         * That epoch is skipped (`SkipReason::WindowCutShort`) at its own step: no peer is
         * penalised for a submission it could not make.
         */
        CutShortEpoch: StorageDescriptor<[], number, true, never>;
    };
    Assets: {
        /**
         * Details of an asset.
         */
        Asset: StorageDescriptor<[Key: number], Anonymize<I3qklfjubrljqh>, true, never>;
        /**
         * The holdings of a specific account for a specific asset.
         */
        Account: StorageDescriptor<Anonymize<I7svnfko10tq2e>, Anonymize<Iag3f1hum3p4c8>, true, never>;
        /**
         * Approved balance transfers. First balance is the amount approved for transfer. Second
         * is the amount of `T::Currency` reserved for storing this.
         * First key is the asset ID, second key is the owner and third key is the delegate.
         */
        Approvals: StorageDescriptor<Anonymize<I2brm5b9jij1st>, Anonymize<I4s6jkha20aoh0>, true, never>;
        /**
         * Metadata of an asset.
         */
        Metadata: StorageDescriptor<[Key: number], Anonymize<I78s05f59eoi8b>, false, never>;
        /**
         * Maps an asset to a list of its configured reserve information.
         */
        Reserves: StorageDescriptor<[Key: number], Anonymize<I35l6p7kq19mr0>, false, never>;
        /**
         * The asset ID enforced for the next asset creation, if any present. Otherwise, this storage
         * item has no effect.
         *
         * Only read by [`crate::AutoIncAssetId`]: configure it as [`Config::AssetIdAllocator`] and
         * provide an initial value here to apply an auto-increment model to all new asset IDs.
         *
         * The initial next asset ID can be set using the [`GenesisConfig`] or the
         * [SetNextAssetId](`migration::next_asset_id::SetNextAssetId`) migration.
         */
        NextAssetId: StorageDescriptor<[], number, true, never>;
    };
    Treasury: {
        /**
         * The pots, by community (present from the first contribution while the pot has shares
         * or reservations).
         */
        Pots: StorageDescriptor<[Key: number], Anonymize<I23h6a7nbk6qb9>, true, never>;
        /**
         * Members' positions, by community and member (present while the member has shares).
         */
        Positions: StorageDescriptor<Anonymize<I7svnfko10tq2e>, Anonymize<I9kch13r40brep>, true, never>;
        /**
         * Native base units minted per base unit of the payment asset contributed.
         */
        NativePerPayment: StorageDescriptor<[], bigint, false, never>;
        /**
         * Communities whose contributions and withdrawals Root paused.
         */
        Paused: StorageDescriptor<[Key: number], null, true, never>;
    };
};
type ICalls = {
    System: {
        /**
         * Make some on-chain remark.
         *
         * Can be executed by every `origin`.
         */
        remark: TxDescriptor<Anonymize<I8ofcg5rbj0g2c>>;
        /**
         * Set the number of pages in the WebAssembly environment's heap.
         */
        set_heap_pages: TxDescriptor<Anonymize<I4adgbll7gku4i>>;
        /**
         * Set the new runtime code.
         */
        set_code: TxDescriptor<Anonymize<I6pjjpfvhvcfru>>;
        /**
         * Set the new runtime code without doing any checks of the given `code`.
         *
         * Note that runtime upgrades will not run if this is called with a not-increasing spec
         * version!
         */
        set_code_without_checks: TxDescriptor<Anonymize<I6pjjpfvhvcfru>>;
        /**
         * Set some items of storage.
         */
        set_storage: TxDescriptor<Anonymize<I9pj91mj79qekl>>;
        /**
         * Kill some items from storage.
         */
        kill_storage: TxDescriptor<Anonymize<I39uah9nss64h9>>;
        /**
         * Kill all storage items with a key that starts with the given prefix.
         *
         * **NOTE:** We rely on the Root origin to provide us the number of subkeys under
         * the prefix we are removing to accurately calculate the weight of this function.
         */
        kill_prefix: TxDescriptor<Anonymize<Ik64dknsq7k08>>;
        /**
         * Make some on-chain remark and emit event.
         */
        remark_with_event: TxDescriptor<Anonymize<I8ofcg5rbj0g2c>>;
        /**
         * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
         * later.
         *
         * This call requires Root origin.
         */
        authorize_upgrade: TxDescriptor<Anonymize<Ib51vk42m1po4n>>;
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
        authorize_upgrade_without_checks: TxDescriptor<Anonymize<Ib51vk42m1po4n>>;
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
        apply_authorized_upgrade: TxDescriptor<Anonymize<I6pjjpfvhvcfru>>;
    };
    Timestamp: {
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
        set: TxDescriptor<Anonymize<Idcr6u6361oad9>>;
    };
    Grandpa: {
        /**
         * Report voter equivocation/misbehavior. This method will verify the
         * equivocation proof and validate the given key ownership proof
         * against the extracted offender. If both are valid, the offence
         * will be reported.
         */
        report_equivocation: TxDescriptor<Anonymize<I3a5kuu5t5jj3g>>;
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
        report_equivocation_unsigned: TxDescriptor<Anonymize<I3a5kuu5t5jj3g>>;
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
        note_stalled: TxDescriptor<Anonymize<I2hviml3snvhhn>>;
    };
    Balances: {
        /**
         * Transfer some liquid free balance to another account.
         *
         * `transfer_allow_death` will set the `FreeBalance` of the sender and receiver.
         * If the sender's account is below the existential deposit as a result
         * of the transfer, the account will be reaped.
         *
         * The dispatch origin for this call must be `Signed` by the transactor.
         */
        transfer_allow_death: TxDescriptor<Anonymize<I4ktuaksf5i1gk>>;
        /**
         * Exactly as `transfer_allow_death`, except the origin must be root and the source account
         * may be specified.
         */
        force_transfer: TxDescriptor<Anonymize<I9bqtpv2ii35mp>>;
        /**
         * Same as the [`transfer_allow_death`] call, but with a check that the transfer will not
         * kill the origin account.
         *
         * 99% of the time you want [`transfer_allow_death`] instead.
         *
         * [`transfer_allow_death`]: struct.Pallet.html#method.transfer
         */
        transfer_keep_alive: TxDescriptor<Anonymize<I4ktuaksf5i1gk>>;
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
        transfer_all: TxDescriptor<Anonymize<I9j7pagd6d4bda>>;
        /**
         * Unreserve some balance from a user by force.
         *
         * Can only be called by ROOT.
         */
        force_unreserve: TxDescriptor<Anonymize<I2h9pmio37r7fb>>;
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
        upgrade_accounts: TxDescriptor<Anonymize<Ibmr18suc9ikh9>>;
        /**
         * Set the regular balance of a given account.
         *
         * The dispatch origin for this call is `root`.
         */
        force_set_balance: TxDescriptor<Anonymize<I9iq22t0burs89>>;
        /**
         * Adjust the total issuance in a saturating way.
         *
         * Can only be called by root and always needs a positive `delta`.
         *
         * # Example
         */
        force_adjust_total_issuance: TxDescriptor<Anonymize<I5u8olqbbvfnvf>>;
        /**
         * Burn the specified liquid free balance from the origin account.
         *
         * If the origin's account ends up below the existential deposit as a result
         * of the burn and `keep_alive` is false, the account will be reaped.
         *
         * Unlike sending funds to a _burn_ address, which merely makes the funds inaccessible,
         * this `burn` operation will reduce total issuance by the amount _burned_.
         */
        burn: TxDescriptor<Anonymize<I5utcetro501ir>>;
    };
    Sudo: {
        /**
         * Authenticates the sudo key and dispatches a function call with `Root` origin.
         */
        sudo: TxDescriptor<Anonymize<I44u56gmrh529g>>;
        /**
         * Authenticates the sudo key and dispatches a function call with `Root` origin.
         * This function does not check the weight of the call, and instead allows the
         * Sudo user to specify the weight of the call.
         *
         * The dispatch origin for this call must be _Signed_.
         */
        sudo_unchecked_weight: TxDescriptor<Anonymize<I2s0n8gv7os2s0>>;
        /**
         * Authenticates the current sudo key and sets the given AccountId (`new`) as the new sudo
         * key.
         */
        set_key: TxDescriptor<Anonymize<I8k3rnvpeeh4hv>>;
        /**
         * Authenticates the sudo key and dispatches a function call with `Signed` origin from
         * a given account.
         *
         * The dispatch origin for this call must be _Signed_.
         */
        sudo_as: TxDescriptor<Anonymize<Icr4s5me5rg0j9>>;
        /**
         * Permanently removes the sudo key.
         *
         * **This cannot be un-done.**
         */
        remove_key: TxDescriptor<undefined>;
    };
    MultiBlockMigrations: {
        /**
         * Allows root to set a cursor to forcefully start, stop or forward the migration process.
         *
         * Should normally not be needed and is only in place as emergency measure. Note that
         * restarting the migration process in this manner will not call the
         * [`MigrationStatusHandler::started`] hook or emit an `UpgradeStarted` event.
         */
        force_set_cursor: TxDescriptor<Anonymize<Ibou4u1engb441>>;
        /**
         * Allows root to set an active cursor to forcefully start/forward the migration process.
         *
         * This is an edge-case version of [`Self::force_set_cursor`] that allows to set the
         * `started_at` value to the next block number. Otherwise this would not be possible, since
         * `force_set_cursor` takes an absolute block number. Setting `started_at` to `None`
         * indicates that the current block number plus one should be used.
         */
        force_set_active_cursor: TxDescriptor<Anonymize<Id6nbvqoqdj4o2>>;
        /**
         * Forces the onboarding of the migrations.
         *
         * This process happens automatically on a runtime upgrade. It is in place as an emergency
         * measurement. The cursor needs to be `None` for this to succeed.
         */
        force_onboard_mbms: TxDescriptor<undefined>;
        /**
         * Clears the `Historic` set.
         *
         * `map_cursor` must be set to the last value that was returned by the
         * `HistoricCleared` event. The first time `None` can be used. `limit` must be chosen in a
         * way that will result in a sensible weight.
         */
        clear_historic: TxDescriptor<Anonymize<I95iqep3b8snn9>>;
    };
    Voting: {
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
        create_community: TxDescriptor<Anonymize<Irvr8i6a52bpq>>;
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
        join_community: TxDescriptor<Anonymize<Ib0ikv4f028hpd>>;
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
        whitelist_account: TxDescriptor<Anonymize<Idpcllp3bt9cd6>>;
        /**
         * Leave `community`, getting the membership deposit back. Fails while a vote of the
         * caller there can still change or one of its proposals is open. A creator that leaves
         * loses its creator's powers.
         *
         * - origin: signed, a member.
         *
         * Emits `MemberLeft`. Weight: O(1).
         */
        deregister: TxDescriptor<Anonymize<Ib0ikv4f028hpd>>;
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
        push_proposal: TxDescriptor<Anonymize<Id8q0piahevn2d>>;
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
        vote: TxDescriptor<Anonymize<I183ltps612jva>>;
        /**
         * Change the caller's vote: its power (never to 0) and optionally its side. What it
         * commits of the budget moves by the difference in cost.
         *
         * - origin: signed, a member with a vote on the proposal.
         *
         * Emits `VoteModified`. Weight: O(1).
         */
        modify_vote: TxDescriptor<Anonymize<I183ltps612jva>>;
        /**
         * Drop the caller's vote before the deadline: its power leaves the tally and its
         * cost is back in the caller's budget at once.
         *
         * - origin: signed, the voter (membership is not required).
         *
         * Emits `VoteRetracted`. Weight: O(1).
         */
        retract_vote: TxDescriptor<Anonymize<I8t8icrmmphpdj>>;
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
        close_proposal: TxDescriptor<Anonymize<I8t8icrmmphpdj>>;
        /**
         * Make a bootstrapping community active, whatever its member count.
         *
         * - origin: `ForceOrigin` (Root).
         *
         * Emits `CommunityActivated`. Weight: O(1).
         */
        start_proposing: TxDescriptor<Anonymize<Ib0ikv4f028hpd>>;
        /**
         * Make `who` a member, bypassing the whitelist.
         *
         * - origin: `ForceOrigin` (Root).
         *
         * Emits `MemberJoined` (and `CommunityActivated` if it completes the bootstrap).
         * Weight: O(1).
         */
        force_member: TxDescriptor<Anonymize<Iagpb244vejgr0>>;
        /**
         * Close a proposal regardless of its deadline, through the same path as
         * `close_proposal`.
         *
         * - origin: `ForceOrigin` (Root).
         *
         * Emits `ProposalClosed`. Weight: as `close_proposal`.
         */
        force_close: TxDescriptor<Anonymize<I8t8icrmmphpdj>>;
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
        set_executor: TxDescriptor<Anonymize<I2o8abtqt7f1k5>>;
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
        report_execution: TxDescriptor<Anonymize<I5bp5t7b8oc40n>>;
        /**
         * Withdraw the caller's vouch for `candidate`, getting its deposit back. Works
         * whether or not the caller is still a member.
         *
         * - origin: signed, the voucher.
         *
         * Emits `VouchRemoved`. Weight: O(W), the vouches scanned.
         */
        withdraw_vouch: TxDescriptor<Anonymize<Idpcllp3bt9cd6>>;
        /**
         * Remove a closed proposal's outcome once `RetentionPeriod` blocks have passed since
         * its close, returning its deposit to the proposer. Not while its command waits for a
         * receipt. Votes on it can still be unfrozen afterwards.
         *
         * - origin: signed, anyone.
         *
         * Emits `OutcomePruned`. Weight: O(1).
         */
        prune_outcome: TxDescriptor<Anonymize<I8t8icrmmphpdj>>;
        /**
         * Remove an execution receipt once `RetentionPeriod` blocks have passed since it was
         * reported, returning its deposit to the executor that reported it.
         *
         * - origin: signed, anyone.
         *
         * Emits `ReceiptPruned`. Weight: O(1).
         */
        prune_receipt: TxDescriptor<Anonymize<I8t8icrmmphpdj>>;
        /**
         * Start dissolving `community`: nobody joins, vouches or proposes any more, and
         * `cleanup_community` removes its storage, returning every deposit. Only with no open
         * proposal and no command waiting for a receipt.
         *
         * - origin: signed by the creator while it is a member, or `ForceOrigin` (Root).
         *
         * Emits `CommunityDissolving`. Weight: O(1).
         */
        dissolve_community: TxDescriptor<Anonymize<Ib0ikv4f028hpd>>;
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
        cleanup_community: TxDescriptor<Anonymize<I4ksblmgi8qqa5>>;
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
        accept_executor: TxDescriptor<Anonymize<Ib0ikv4f028hpd>>;
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
        push_executor_proposal: TxDescriptor<Anonymize<Ibllpqeekmqi23>>;
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
        request_job: TxDescriptor<Anonymize<I3tlbi7oaec931>>;
        /**
         * Pay a succeeded job's budget to its executor, once `PayoutDelay` has passed since the
         * receipt and unless it is disputed. Returns the payment record's deposit to the
         * executor (and its bond, if it has left the role and this was its last payment).
         *
         * - origin: signed, anyone (the agent claims its own).
         *
         * Emits `JobPaid`. Weight: O(1).
         */
        claim_payment: TxDescriptor<Anonymize<I4ev0j7b1u0sf>>;
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
        dispute_payment: TxDescriptor<Anonymize<I4ev0j7b1u0sf>>;
        /**
         * Decide a disputed payment: `pay` pays the executor, otherwise the budget goes back
         * to the pot.
         *
         * - origin: `ForceOrigin` (Root). Members decide by a passed `push_dispute_proposal`.
         *
         * Emits `DisputeResolved` and `JobPaid` or `JobRefunded`. Weight: O(1).
         */
        resolve_dispute: TxDescriptor<Anonymize<I9b0p61300r8e5>>;
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
        expire_job: TxDescriptor<Anonymize<I4ev0j7b1u0sf>>;
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
        push_dispute_proposal: TxDescriptor<Anonymize<I56mj1a1bsjo5r>>;
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
        push_model_funding_proposal: TxDescriptor<Anonymize<I7he7ol9vl0043>>;
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
        set_vote_budget: TxDescriptor<Anonymize<I23uef3j853ofc>>;
    };
    Consensus: {
        /**
         * Register a model under `path`.
         *
         * - origin: `ModelOrigin` (Root).
         * - `path`: 1 to `MaxPathLen` bytes (longer ones do not decode), unique.
         *
         * Emits `ModelRegistered`. Weight: O(1).
         */
        register_model: TxDescriptor<Anonymize<If1cjn6k29v039>>;
        /**
         * Join `model` as the peer `peer_id` (1 to `MaxPeerIdLen` bytes; longer ones do not
         * decode), holding `stake` (at least `MinStake`). Only in the peer window at the start
         * of an epoch.
         *
         * - origin: signed, the peer's account (one peer per model).
         *
         * Emits `PeerAdded`. Weight: O(1).
         */
        add_model_peer: TxDescriptor<Anonymize<I6qjgkio6ukurc>>;
        /**
         * Leave `model`. Only in the peer window; the stake cools down for
         * `StakeCooldownEpochs`.
         *
         * - origin: signed, a peer of the model.
         *
         * Emits `PeerRemoved`. Weight: O(1) (its uid's rewards move to `LeftRewards`).
         */
        remove_model_peer: TxDescriptor<Anonymize<Ia8qdcd799akr5>>;
        /**
         * Release the caller's stake for `model` once its cool-down is over.
         *
         * - origin: signed.
         *
         * Emits `StakeReleased`. Weight: O(1).
         */
        release_stake: TxDescriptor<Anonymize<Ia8qdcd799akr5>>;
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
        submit_consensus_data: TxDescriptor<Anonymize<I1a0u8iq5197ju>>;
        /**
         * Report the model in an error state for this epoch. Free, like
         * `submit_consensus_data` (the same extension guards it); once per epoch, before or
         * after submitting.
         *
         * - origin: signed, a peer of the model that may submit.
         *
         * Emits `ConsensusDataUnconfirmed`. Weight: O(1).
         */
        unconfirm_consensus_data: TxDescriptor<Anonymize<Ia8qdcd799akr5>>;
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
        claim_rewards: TxDescriptor<Anonymize<Ia8qdcd799akr5>>;
    };
    Assets: {
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
        create: TxDescriptor<Anonymize<Ic357tcepuvo5c>>;
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
        force_create: TxDescriptor<Anonymize<I2rnoam876ruhj>>;
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
        start_destroy: TxDescriptor<Anonymize<Ic5b47dj4coa3r>>;
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
        destroy_accounts: TxDescriptor<Anonymize<Ic5b47dj4coa3r>>;
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
        destroy_approvals: TxDescriptor<Anonymize<Ic5b47dj4coa3r>>;
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
        finish_destroy: TxDescriptor<Anonymize<Ic5b47dj4coa3r>>;
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
        mint: TxDescriptor<Anonymize<Ib3qnc19gu633c>>;
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
        burn: TxDescriptor<Anonymize<Ifira6u9hi7cu1>>;
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
        transfer: TxDescriptor<Anonymize<I72tqocvdoqfff>>;
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
        transfer_keep_alive: TxDescriptor<Anonymize<I72tqocvdoqfff>>;
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
        force_transfer: TxDescriptor<Anonymize<I2i27f3sfmvc05>>;
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
        freeze: TxDescriptor<Anonymize<I1nlrtd1epki2d>>;
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
        thaw: TxDescriptor<Anonymize<I1nlrtd1epki2d>>;
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
        freeze_asset: TxDescriptor<Anonymize<Ic5b47dj4coa3r>>;
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
        thaw_asset: TxDescriptor<Anonymize<Ic5b47dj4coa3r>>;
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
        transfer_ownership: TxDescriptor<Anonymize<I3abtumcmempjs>>;
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
        set_team: TxDescriptor<Anonymize<Id81m8flopt8ha>>;
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
        set_metadata: TxDescriptor<Anonymize<I8hff7chabggkd>>;
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
        clear_metadata: TxDescriptor<Anonymize<Ic5b47dj4coa3r>>;
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
        force_set_metadata: TxDescriptor<Anonymize<I49i39mtj1ivbs>>;
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
        force_clear_metadata: TxDescriptor<Anonymize<Ic5b47dj4coa3r>>;
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
        force_asset_status: TxDescriptor<Anonymize<Ifkr2kcak2vto1>>;
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
        approve_transfer: TxDescriptor<Anonymize<I1ju6r8q0cs9jt>>;
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
        cancel_approval: TxDescriptor<Anonymize<I4kpeq6j7cd5bu>>;
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
        force_cancel_approval: TxDescriptor<Anonymize<I5na1ka76k6811>>;
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
        transfer_approved: TxDescriptor<Anonymize<I59mhdb9omdqfa>>;
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
        touch: TxDescriptor<Anonymize<Ic5b47dj4coa3r>>;
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
        refund: TxDescriptor<Anonymize<I9vl5kpk0fpakt>>;
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
        set_min_balance: TxDescriptor<Anonymize<I717jt61hu19b4>>;
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
        touch_other: TxDescriptor<Anonymize<I1nlrtd1epki2d>>;
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
        refund_other: TxDescriptor<Anonymize<I1nlrtd1epki2d>>;
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
        block: TxDescriptor<Anonymize<I1nlrtd1epki2d>>;
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
        transfer_all: TxDescriptor<Anonymize<I7f7v8192r1lmq>>;
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
        set_reserves: TxDescriptor<Anonymize<Idjrs24gh0qv5l>>;
    };
    Treasury: {
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
        contribute: TxDescriptor<Anonymize<Ifeoar3058488j>>;
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
        withdraw: TxDescriptor<Anonymize<Idgnke4ugfe999>>;
        /**
         * Set [`NativePerPayment`], the native base units minted per payment base unit in
         * later contributions (earlier positions burn what they were minted).
         *
         * - origin: `ForceOrigin` (Root).
         *
         * Emits `RateSet`. Weight: O(1).
         */
        set_rate: TxDescriptor<Anonymize<Icugojtovsp2sc>>;
        /**
         * Pause or unpause `community`'s pot: while paused, nobody contributes or withdraws
         * (jobs keep their reservations).
         *
         * - origin: `ForceOrigin` (Root).
         * - `community`: any id (a pot may be paused before it exists).
         *
         * Emits `PauseSet`. Weight: O(1).
         */
        set_paused: TxDescriptor<Anonymize<I764te3tcocl5j>>;
    };
};
type IEvent = {
    System: {
        /**
         * An extrinsic completed successfully.
         */
        ExtrinsicSuccess: PlainDescriptor<Anonymize<Ia82mnkmeo2rhc>>;
        /**
         * An extrinsic failed.
         */
        ExtrinsicFailed: PlainDescriptor<Anonymize<Ifrpg92ommbd8f>>;
        /**
         * `:code` was updated to the code with the given hash.
         */
        CodeUpdated: PlainDescriptor<Anonymize<I1jm8m1rh9e20v>>;
        /**
         * A new account was created.
         */
        NewAccount: PlainDescriptor<Anonymize<Icbccs0ug47ilf>>;
        /**
         * An account was reaped.
         */
        KilledAccount: PlainDescriptor<Anonymize<Icbccs0ug47ilf>>;
        /**
         * On on-chain remark happened.
         */
        Remarked: PlainDescriptor<Anonymize<I855j4i3kr8ko1>>;
        /**
         * An upgrade was authorized.
         */
        UpgradeAuthorized: PlainDescriptor<Anonymize<Ibgl04rn6nbfm6>>;
        /**
         * An invalid authorized upgrade was rejected while trying to apply it.
         */
        RejectedInvalidAuthorizedUpgrade: PlainDescriptor<Anonymize<I9ore0ta15q4b3>>;
    };
    Grandpa: {
        /**
         * New authority set has been applied.
         */
        NewAuthorities: PlainDescriptor<Anonymize<I5768ac424h061>>;
        /**
         * Current authority set has been paused.
         */
        Paused: PlainDescriptor<undefined>;
        /**
         * Current authority set has been resumed.
         */
        Resumed: PlainDescriptor<undefined>;
    };
    Balances: {
        /**
         * An account was created with some free balance.
         */
        Endowed: PlainDescriptor<Anonymize<Icv68aq8841478>>;
        /**
         * An account was removed whose balance was non-zero but below ExistentialDeposit,
         * resulting in an outright loss.
         */
        DustLost: PlainDescriptor<Anonymize<Ic262ibdoec56a>>;
        /**
         * Transfer succeeded.
         */
        Transfer: PlainDescriptor<Anonymize<Iflcfm9b6nlmdd>>;
        /**
         * A balance was set by root.
         */
        BalanceSet: PlainDescriptor<Anonymize<Ijrsf4mnp3eka>>;
        /**
         * Some balance was reserved (moved from free to reserved).
         */
        Reserved: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some balance was unreserved (moved from reserved to free).
         */
        Unreserved: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some balance was moved from the reserve of the first account to the second account.
         * Final argument indicates the destination balance type.
         */
        ReserveRepatriated: PlainDescriptor<Anonymize<I8tjvj9uq4b7hi>>;
        /**
         * Some amount was deposited (e.g. for transaction fees).
         */
        Deposit: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some amount was withdrawn from the account (e.g. for transaction fees).
         */
        Withdraw: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some amount was removed from the account (e.g. for misbehavior).
         */
        Slashed: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some amount was minted into an account.
         */
        Minted: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some credit was balanced and added to the TotalIssuance.
         */
        MintedCredit: PlainDescriptor<Anonymize<I3qt1hgg4djhgb>>;
        /**
         * Some amount was burned from an account.
         */
        Burned: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some debt has been dropped from the Total Issuance.
         */
        BurnedDebt: PlainDescriptor<Anonymize<I3qt1hgg4djhgb>>;
        /**
         * Some amount was suspended from an account (it can be restored later).
         */
        Suspended: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some amount was restored into an account.
         */
        Restored: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * An account was upgraded.
         */
        Upgraded: PlainDescriptor<Anonymize<I4cbvqmqadhrea>>;
        /**
         * Total issuance was increased by `amount`, creating a credit to be balanced.
         */
        Issued: PlainDescriptor<Anonymize<I3qt1hgg4djhgb>>;
        /**
         * Total issuance was decreased by `amount`, creating a debt to be balanced.
         */
        Rescinded: PlainDescriptor<Anonymize<I3qt1hgg4djhgb>>;
        /**
         * Some balance was locked.
         */
        Locked: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some balance was unlocked.
         */
        Unlocked: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some balance was frozen.
         */
        Frozen: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some balance was thawed.
         */
        Thawed: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * The `TotalIssuance` was forcefully changed.
         */
        TotalIssuanceForced: PlainDescriptor<Anonymize<I4fooe9dun9o0t>>;
        /**
         * Some balance was placed on hold.
         */
        Held: PlainDescriptor<Anonymize<If40bvlj17n25h>>;
        /**
         * Held balance was burned from an account.
         */
        BurnedHeld: PlainDescriptor<Anonymize<If40bvlj17n25h>>;
        /**
         * A transfer of `amount` on hold from `source` to `dest` was initiated.
         */
        TransferOnHold: PlainDescriptor<Anonymize<It4vk8t5huvcq>>;
        /**
         * The `transferred` balance is placed on hold at the `dest` account.
         */
        TransferAndHold: PlainDescriptor<Anonymize<Ieiail2510b2gp>>;
        /**
         * Some balance was released from hold.
         */
        Released: PlainDescriptor<Anonymize<If40bvlj17n25h>>;
        /**
         * An unexpected/defensive event was triggered.
         */
        Unexpected: PlainDescriptor<Anonymize<Iph9c4rn81ub2>>;
    };
    TransactionPayment: {
        /**
         * A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,
         * has been paid by `who`.
         */
        TransactionFeePaid: PlainDescriptor<Anonymize<Ier2cke86dqbr2>>;
    };
    Sudo: {
        /**
         * A sudo call just took place.
         */
        Sudid: PlainDescriptor<Anonymize<I2nb3gspkvbdo6>>;
        /**
         * The sudo key has been updated.
         */
        KeyChanged: PlainDescriptor<Anonymize<I5rtkmhm2dng4u>>;
        /**
         * The key was permanently removed.
         */
        KeyRemoved: PlainDescriptor<undefined>;
        /**
         * A [sudo_as](Pallet::sudo_as) call just took place.
         */
        SudoAsDone: PlainDescriptor<Anonymize<I2nb3gspkvbdo6>>;
    };
    MultiBlockMigrations: {
        /**
         * A Runtime upgrade started.
         *
         * Its end is indicated by `UpgradeCompleted` or `UpgradeFailed`.
         */
        UpgradeStarted: PlainDescriptor<Anonymize<If1co0pilmi7oq>>;
        /**
         * The current runtime upgrade completed.
         *
         * This implies that all of its migrations completed successfully as well.
         */
        UpgradeCompleted: PlainDescriptor<undefined>;
        /**
         * Runtime upgrade failed.
         *
         * This is very bad and will require governance intervention.
         */
        UpgradeFailed: PlainDescriptor<undefined>;
        /**
         * A migration was skipped since it was already executed in the past.
         */
        MigrationSkipped: PlainDescriptor<Anonymize<I666bl2fqjkejo>>;
        /**
         * A migration progressed.
         */
        MigrationAdvanced: PlainDescriptor<Anonymize<Iae74gjak1qibn>>;
        /**
         * A Migration completed.
         */
        MigrationCompleted: PlainDescriptor<Anonymize<Iae74gjak1qibn>>;
        /**
         * A Migration failed.
         *
         * This implies that the whole upgrade failed and governance intervention is required.
         */
        MigrationFailed: PlainDescriptor<Anonymize<Iae74gjak1qibn>>;
        /**
         * The set of historical migrations has been cleared.
         */
        HistoricCleared: PlainDescriptor<Anonymize<I3escdojpj0551>>;
    };
    Voting: {
        /**
         * A community was created; its creator is its first member.
         */
        CommunityCreated: PlainDescriptor<Anonymize<I6vp9qenqcvo8k>>;
        /**
         * An account became a member.
         */
        MemberJoined: PlainDescriptor<Anonymize<Iagpb244vejgr0>>;
        /**
         * The community became active: proposals open, free entry closed.
         */
        CommunityActivated: PlainDescriptor<Anonymize<Ib0ikv4f028hpd>>;
        /**
         * A member vouched for a candidate; `vouches` counts the candidate's vouches now.
         */
        AccountWhitelisted: PlainDescriptor<Anonymize<Iafncbtlmj01ha>>;
        /**
         * A member left.
         */
        MemberLeft: PlainDescriptor<Anonymize<Iagpb244vejgr0>>;
        /**
         * A proposal was pushed; votes are accepted until `deadline` (exclusive).
         */
        ProposalPushed: PlainDescriptor<Anonymize<Ic4bklqar84qle>>;
        /**
         * A vote was cast; `cost` of the voter's budget is committed to it until the deadline.
         */
        Voted: PlainDescriptor<Anonymize<Ifohqabum3i08m>>;
        /**
         * A vote was changed; `cost` is what it now commits of the budget.
         */
        VoteModified: PlainDescriptor<Anonymize<Ifohqabum3i08m>>;
        /**
         * A vote was retracted; its power left the tally and `released` is back in the budget.
         */
        VoteRetracted: PlainDescriptor<Anonymize<Icthtprhdlng1a>>;
        /**
         * A proposal was closed. If `passed`, the compute instance runs `metadata`.
         */
        ProposalClosed: PlainDescriptor<Anonymize<Ifg9edgk601k04>>;
        /**
         * `executor` was proposed as the community's executor; it becomes it by accepting.
         */
        ExecutorProposed: PlainDescriptor<Anonymize<Ic20funudrh9sc>>;
        /**
         * The community's executor changed: a proposed one accepted (`Some`), or it was
         * removed (`None`). Queued commands wait for the (next) executor.
         */
        ExecutorChanged: PlainDescriptor<Anonymize<I2o8abtqt7f1k5>>;
        /**
         * The executor reported how a passed proposal's command ran.
         */
        ExecutionReported: PlainDescriptor<Anonymize<Icqo1bhco9bkho>>;
        /**
         * `who` set its voting budget (the pallet's freeze on the account) to `budget`;
         * `committed` of it backs its live votes.
         */
        VoteBudgetSet: PlainDescriptor<Anonymize<Id2urhq2tm7shi>>;
        /**
         * A storage deposit was taken: `amount` is held from `who` under `reason`.
         */
        DepositHeld: PlainDescriptor<Anonymize<I3ih72u3hrmm2u>>;
        /**
         * A storage deposit was returned: `amount` held from `who` under `reason` was released.
         */
        DepositReleased: PlainDescriptor<Anonymize<I3ih72u3hrmm2u>>;
        /**
         * A voucher withdrew its vouch for a candidate, or it was pruned as stale.
         */
        VouchRemoved: PlainDescriptor<Anonymize<I7uee85bftdk2r>>;
        /**
         * A closed proposal's outcome was pruned.
         */
        OutcomePruned: PlainDescriptor<Anonymize<I8t8icrmmphpdj>>;
        /**
         * An execution receipt was pruned.
         */
        ReceiptPruned: PlainDescriptor<Anonymize<I8t8icrmmphpdj>>;
        /**
         * Dissolution started: `cleanup_community` now removes the community's storage.
         */
        CommunityDissolving: PlainDescriptor<Anonymize<Ib0ikv4f028hpd>>;
        /**
         * `cleanup_community` removed `removed` entries; more remain.
         */
        CommunityCleaned: PlainDescriptor<Anonymize<Ifarl8jpi502pr>>;
        /**
         * The community's last storage was removed and every deposit returned.
         */
        CommunityDissolved: PlainDescriptor<Anonymize<Ib0ikv4f028hpd>>;
        /**
         * A job entered the execution queue: a passed command (`Voted`) or a member's request
         * (`Requested`), with `budget` reserved in the pot (zero: unpaid).
         */
        JobQueued: PlainDescriptor<Anonymize<Iubar50lb6r0r>>;
        /**
         * A paid command or a model funding passed, but the pot's free value could not cover
         * its budget (or the model could not take the funding): nothing was queued or moved.
         */
        ProposalUnfunded: PlainDescriptor<Anonymize<I9ki05ubplcmce>>;
        /**
         * A passed `FundModel` moved `amount` from the pot to `model`'s funding account.
         */
        ModelFunded: PlainDescriptor<Anonymize<I6c16o105j38h2>>;
        /**
         * A passed `ReturnModelFunds` brought `amount` back from `model` to the pot.
         */
        ModelFundsReturned: PlainDescriptor<Anonymize<I43v4ea031loef>>;
        /**
         * The executor's bond was held (it accepted the role).
         */
        BondHeld: PlainDescriptor<Anonymize<I13pss2ktppq52>>;
        /**
         * A former executor's bond was returned.
         */
        BondReleased: PlainDescriptor<Anonymize<I13pss2ktppq52>>;
        /**
         * A succeeded job's budget becomes claimable by `executor` at `claimable_at`.
         */
        PaymentPending: PlainDescriptor<Anonymize<I8ar49j4er9nq2>>;
        /**
         * A member disputed a payment; a passed `ResolveDispute` proposal or Root decides it.
         */
        PaymentDisputed: PlainDescriptor<Anonymize<Icghj2kq3vsglg>>;
        /**
         * The executor was paid a job's budget from the pot.
         */
        JobPaid: PlainDescriptor<Anonymize<I52jrf1ffqrkoh>>;
        /**
         * A job's budget went back to the pot: it failed, expired, or a dispute refunded it.
         */
        JobRefunded: PlainDescriptor<Anonymize<I8bnpkdbks0s48>>;
        /**
         * A dispute was decided: `pay` paid the executor (the disputer's deposit went to the
         * pot), otherwise the pot was refunded (the deposit was returned).
         */
        DisputeResolved: PlainDescriptor<Anonymize<I9b0p61300r8e5>>;
        /**
         * No receipt came within `ExecutionTimeout`: the job left the queue, its budget was
         * refunded and `slashed` of the executor's bond went to the pot.
         */
        JobExpired: PlainDescriptor<Anonymize<I2qar3b5521lr7>>;
    };
    Consensus: {
        /**
         * A model was registered.
         */
        ModelRegistered: PlainDescriptor<Anonymize<I2ks9iih7vkll2>>;
        /**
         * A peer joined a model under `uid`, holding `stake`.
         */
        PeerAdded: PlainDescriptor<Anonymize<I98e87sa5lc7b2>>;
        /**
         * A peer left a model (its uid is free again); its stake cools down until
         * `release_epoch`.
         */
        PeerRemoved: PlainDescriptor<Anonymize<I9lp752mca6n45>>;
        /**
         * A cooled-down stake was released.
         */
        StakeReleased: PlainDescriptor<Anonymize<Iab16ib8iijm51>>;
        /**
         * A peer submitted scores (`entries` of them).
         */
        ConsensusDataSubmitted: PlainDescriptor<Anonymize<I7afpjpie6kk2q>>;
        /**
         * A peer reported the model in an error state.
         */
        ConsensusDataUnconfirmed: PlainDescriptor<Anonymize<Iflbu0lls4reig>>;
        /**
         * Consensus was formed for a model's epoch: the summary. The per-uid detail is in
         * [`Metagraphs`], whose encoded results hash (BLAKE2-256) to `results_hash`; the
         * effects on the peers (`penalties` penalties, `removals` removals so far) are queued.
         */
        ConsensusFormed: PlainDescriptor<Anonymize<I8qhq86pobtmp1>>;
        /**
         * A model's epoch was skipped.
         */
        ModelSkipped: PlainDescriptor<Anonymize<Ib9fcq87c3uflh>>;
        /**
         * A model's queued effects are all applied: `peers` peers, `slashed` moved to the
         * reward pot, `removed` peers removed.
         */
        EffectsApplied: PlainDescriptor<Anonymize<I7a4a64d0tr90h>>;
        /**
         * An account's count went down after `PenaltyDecayEpochs` honest epochs.
         */
        PenaltyForgiven: PlainDescriptor<Anonymize<Iabv693dlpl0ba>>;
        /**
         * An account exceeded `MaxAccountPenaltyCount`: it leaves each of its models at that
         * model's next consensus step, and cannot submit meanwhile.
         */
        AccountRemoved: PlainDescriptor<Anonymize<Iabv693dlpl0ba>>;
        /**
         * Credited peers were owed a reward but the reward pot had nothing free to pay it.
         */
        RewardPotEmpty: PlainDescriptor<Anonymize<I5ivp9psr0qm9a>>;
        /**
         * A peer (or former peer) claimed its rewards.
         */
        RewardsClaimed: PlainDescriptor<Anonymize<Ib5lvgmkvg2tq7>>;
        /**
         * `community` funds `model`'s peers with `amount` of the payment asset (added to its
         * funding, if any), paid over the next `epochs` formed epochs.
         */
        ModelFunded: PlainDescriptor<Anonymize<I6c16o105j38h2>>;
        /**
         * A formed epoch credited `total` of `community`'s funding to `recipients` peers.
         */
        FundingCredited: PlainDescriptor<Anonymize<Iek1pb2c9133j1>>;
        /**
         * `community`'s funding of `model` ended and `amount` went back to its pot.
         */
        FundingReturned: PlainDescriptor<Anonymize<I43v4ea031loef>>;
    };
    Assets: {
        /**
         * Some asset class was created.
         */
        Created: PlainDescriptor<Anonymize<I88ff3u4dpivk>>;
        /**
         * Some assets were issued.
         */
        Issued: PlainDescriptor<Anonymize<I33cp947glv1ks>>;
        /**
         * Some assets were transferred.
         */
        Transferred: PlainDescriptor<Anonymize<Ic9om1gmmqu7rq>>;
        /**
         * Some assets were destroyed.
         */
        Burned: PlainDescriptor<Anonymize<I5hfov2b68ppb6>>;
        /**
         * The management team changed.
         */
        TeamChanged: PlainDescriptor<Anonymize<Ibthhb2m9vneds>>;
        /**
         * The owner changed.
         */
        OwnerChanged: PlainDescriptor<Anonymize<Iaitn5bqfacj7k>>;
        /**
         * Some account `who` was frozen.
         */
        Frozen: PlainDescriptor<Anonymize<If4ebvclj2ugvi>>;
        /**
         * Some account `who` was thawed.
         */
        Thawed: PlainDescriptor<Anonymize<If4ebvclj2ugvi>>;
        /**
         * Some asset `asset_id` was frozen.
         */
        AssetFrozen: PlainDescriptor<Anonymize<Ia5le7udkgbaq9>>;
        /**
         * Some asset `asset_id` was thawed.
         */
        AssetThawed: PlainDescriptor<Anonymize<Ia5le7udkgbaq9>>;
        /**
         * Accounts were destroyed for given asset.
         */
        AccountsDestroyed: PlainDescriptor<Anonymize<Ieduc1e6frq8rb>>;
        /**
         * Approvals were destroyed for given asset.
         */
        ApprovalsDestroyed: PlainDescriptor<Anonymize<I9h6gbtabovtm4>>;
        /**
         * An asset class is in the process of being destroyed.
         */
        DestructionStarted: PlainDescriptor<Anonymize<Ia5le7udkgbaq9>>;
        /**
         * An asset class was destroyed.
         */
        Destroyed: PlainDescriptor<Anonymize<Ia5le7udkgbaq9>>;
        /**
         * Some asset class was force-created.
         */
        ForceCreated: PlainDescriptor<Anonymize<Iaitn5bqfacj7k>>;
        /**
         * New metadata has been set for an asset.
         */
        MetadataSet: PlainDescriptor<Anonymize<Ifnsa0dkkpf465>>;
        /**
         * Metadata has been cleared for an asset.
         */
        MetadataCleared: PlainDescriptor<Anonymize<Ia5le7udkgbaq9>>;
        /**
         * (Additional) funds have been approved for transfer to a destination account.
         */
        ApprovedTransfer: PlainDescriptor<Anonymize<I65dtqr2egjbc3>>;
        /**
         * An approval for account `delegate` was cancelled by `owner`.
         */
        ApprovalCancelled: PlainDescriptor<Anonymize<Ibqj3vg5s5lk0c>>;
        /**
         * An `amount` was transferred in its entirety from `owner` to `destination` by
         * the approved `delegate`.
         */
        TransferredApproved: PlainDescriptor<Anonymize<I6l73u513p8rna>>;
        /**
         * An asset has had its attributes changed by the `Force` origin.
         */
        AssetStatusChanged: PlainDescriptor<Anonymize<Ia5le7udkgbaq9>>;
        /**
         * The min_balance of an asset has been updated by the asset owner.
         */
        AssetMinBalanceChanged: PlainDescriptor<Anonymize<Iefqmt2htu1dlu>>;
        /**
         * Some account `who` was created with a deposit from `depositor`.
         */
        Touched: PlainDescriptor<Anonymize<If8bgtgqrchjtu>>;
        /**
         * Some account `who` was blocked.
         */
        Blocked: PlainDescriptor<Anonymize<If4ebvclj2ugvi>>;
        /**
         * Some assets were deposited (e.g. for transaction fees).
         */
        Deposited: PlainDescriptor<Anonymize<Idusmq77988cmt>>;
        /**
         * Some assets were withdrawn from the account (e.g. for transaction fees).
         */
        Withdrawn: PlainDescriptor<Anonymize<Idusmq77988cmt>>;
        /**
         * Reserve information was set or updated for `asset_id`.
         */
        ReservesUpdated: PlainDescriptor<Anonymize<Ifhs6ggbuiec5i>>;
        /**
         * Reserve information was removed for `asset_id`.
         */
        ReservesRemoved: PlainDescriptor<Anonymize<Ia5le7udkgbaq9>>;
        /**
         * Some assets were issued as Credit (no owner yet).
         */
        IssuedCredit: PlainDescriptor<Anonymize<Id2vo4qi5agnp0>>;
        /**
         * Some assets Credit was destroyed.
         */
        BurnedCredit: PlainDescriptor<Anonymize<Id2vo4qi5agnp0>>;
        /**
         * Some assets were burned and a Debt was created.
         */
        IssuedDebt: PlainDescriptor<Anonymize<Id2vo4qi5agnp0>>;
        /**
         * Some assets Debt was destroyed (and assets issued).
         */
        BurnedDebt: PlainDescriptor<Anonymize<Id2vo4qi5agnp0>>;
    };
    Treasury: {
        /**
         * `who` paid `amount` of the payment asset into `community`'s pot (of which
         * `PotEndowed` says what was kept as existential balance) and received `shares`,
         * `native_minted` native tokens (minted) and `credits` access credits.
         */
        Contributed: PlainDescriptor<Anonymize<If98cvfntbq8ht>>;
        /**
         * `who` burned `shares` of `community`'s pot and received `amount` of the payment
         * asset; `native_burned` native tokens and `credits_burned` credits went with them.
         */
        Withdrawn: PlainDescriptor<Anonymize<Iffuevartucnru>>;
        /**
         * A contribution created `community`'s pot record; its account is `account`.
         */
        PotOpened: PlainDescriptor<Anonymize<I8djsmkl5ujpec>>;
        /**
         * `amount` of a contribution stays in the pot account as its existential balance, not
         * as value.
         */
        PotEndowed: PlainDescriptor<Anonymize<Ifeoar3058488j>>;
        /**
         * `community`'s pot record was removed (no shares and nothing reserved left).
         */
        PotClosed: PlainDescriptor<Anonymize<Ib0ikv4f028hpd>>;
        /**
         * `amount` of the pot's free value was reserved for a job.
         */
        Reserved: PlainDescriptor<Anonymize<Ifeoar3058488j>>;
        /**
         * `amount` of the pot's reservations went back to its free value (`to_value`), or
         * stays in the account outside the value because the pot has no shares.
         */
        Unreserved: PlainDescriptor<Anonymize<If9nlq7ptrltba>>;
        /**
         * `amount` arrived in the pot's account from elsewhere in the runtime (a model funding
         * returned) and joined its free value (`to_value`), or stays outside the value because
         * the pot has no shares.
         */
        Received: PlainDescriptor<Anonymize<If9nlq7ptrltba>>;
        /**
         * `amount` of the pot's reservations was paid to `to`.
         */
        ReservedPaid: PlainDescriptor<Anonymize<I2622j2c18g1ti>>;
        /**
         * `who` spent `amount` of its access credits in `community`.
         */
        CreditsSpent: PlainDescriptor<Anonymize<Ie5fbtieg6bgtd>>;
        /**
         * Root set the mint rate.
         */
        RateSet: PlainDescriptor<Anonymize<Icugojtovsp2sc>>;
        /**
         * Root paused or unpaused `community`'s pot.
         */
        PauseSet: PlainDescriptor<Anonymize<I764te3tcocl5j>>;
        /**
         * A deposit was held from `who` for a new record.
         */
        DepositHeld: PlainDescriptor<Anonymize<I73q78i4pp1heb>>;
        /**
         * A record's deposit went back to `who`.
         */
        DepositReleased: PlainDescriptor<Anonymize<I73q78i4pp1heb>>;
    };
};
type IError = {
    System: {
        /**
         * The name of specification does not match between the current runtime
         * and the new runtime.
         */
        InvalidSpecName: PlainDescriptor<undefined>;
        /**
         * The specification version is not allowed to decrease between the current runtime
         * and the new runtime.
         */
        SpecVersionNeedsToIncrease: PlainDescriptor<undefined>;
        /**
         * Failed to extract the runtime version from the new runtime.
         *
         * Either calling `Core_version` or decoding `RuntimeVersion` failed.
         */
        FailedToExtractRuntimeVersion: PlainDescriptor<undefined>;
        /**
         * Suicide called when the account has non-default composite data.
         */
        NonDefaultComposite: PlainDescriptor<undefined>;
        /**
         * There is a non-zero reference count preventing the account from being purged.
         */
        NonZeroRefCount: PlainDescriptor<undefined>;
        /**
         * The origin filter prevent the call to be dispatched.
         */
        CallFiltered: PlainDescriptor<undefined>;
        /**
         * A multi-block migration is ongoing and prevents the current code from being replaced.
         */
        MultiBlockMigrationsOngoing: PlainDescriptor<undefined>;
        /**
         * No upgrade authorized.
         */
        NothingAuthorized: PlainDescriptor<undefined>;
        /**
         * The submitted code is not authorized.
         */
        Unauthorized: PlainDescriptor<undefined>;
    };
    Grandpa: {
        /**
         * Attempt to signal GRANDPA pause when the authority set isn't live
         * (either paused or already pending pause).
         */
        PauseFailed: PlainDescriptor<undefined>;
        /**
         * Attempt to signal GRANDPA resume when the authority set isn't paused
         * (either live or already pending resume).
         */
        ResumeFailed: PlainDescriptor<undefined>;
        /**
         * Attempt to signal GRANDPA change with one already pending.
         */
        ChangePending: PlainDescriptor<undefined>;
        /**
         * Cannot signal forced change so soon after last.
         */
        TooSoon: PlainDescriptor<undefined>;
        /**
         * A key ownership proof provided as part of an equivocation report is invalid.
         */
        InvalidKeyOwnershipProof: PlainDescriptor<undefined>;
        /**
         * An equivocation proof provided as part of an equivocation report is invalid.
         */
        InvalidEquivocationProof: PlainDescriptor<undefined>;
        /**
         * A given equivocation report is valid but already previously reported.
         */
        DuplicateOffenceReport: PlainDescriptor<undefined>;
    };
    Balances: {
        /**
         * Vesting balance too high to send value.
         */
        VestingBalance: PlainDescriptor<undefined>;
        /**
         * Account liquidity restrictions prevent withdrawal.
         */
        LiquidityRestrictions: PlainDescriptor<undefined>;
        /**
         * Balance too low to send value.
         */
        InsufficientBalance: PlainDescriptor<undefined>;
        /**
         * Value too low to create account due to existential deposit.
         */
        ExistentialDeposit: PlainDescriptor<undefined>;
        /**
         * Transfer/payment would kill account.
         */
        Expendability: PlainDescriptor<undefined>;
        /**
         * A vesting schedule already exists for this account.
         */
        ExistingVestingSchedule: PlainDescriptor<undefined>;
        /**
         * Beneficiary account must pre-exist.
         */
        DeadAccount: PlainDescriptor<undefined>;
        /**
         * Number of named reserves exceed `MaxReserves`.
         */
        TooManyReserves: PlainDescriptor<undefined>;
        /**
         * Number of holds exceed `VariantCountOf<T::RuntimeHoldReason>`.
         */
        TooManyHolds: PlainDescriptor<undefined>;
        /**
         * Number of freezes exceed `MaxFreezes`.
         */
        TooManyFreezes: PlainDescriptor<undefined>;
        /**
         * The issuance cannot be modified since it is already deactivated.
         */
        IssuanceDeactivated: PlainDescriptor<undefined>;
        /**
         * The delta cannot be zero.
         */
        DeltaZero: PlainDescriptor<undefined>;
    };
    Sudo: {
        /**
         * Sender must be the Sudo account.
         */
        RequireSudo: PlainDescriptor<undefined>;
    };
    MultiBlockMigrations: {
        /**
         * The operation cannot complete since some MBMs are ongoing.
         */
        Ongoing: PlainDescriptor<undefined>;
    };
    Voting: {
        /**
         * The bootstrap limit `N` must be at least 1.
         */
        InvalidBootstrapLimit: PlainDescriptor<undefined>;
        /**
         * The whitelist threshold `W` must be at least 1 and at most `MaxWhitelistThreshold`.
         */
        InvalidWhitelistThreshold: PlainDescriptor<undefined>;
        /**
         * A community with this id exists already.
         */
        CommunityExists: PlainDescriptor<undefined>;
        /**
         * No community with this id.
         */
        UnknownCommunity: PlainDescriptor<undefined>;
        /**
         * The account is a member already.
         */
        AlreadyMember: PlainDescriptor<undefined>;
        /**
         * The caller is not a member of the community.
         */
        NotMember: PlainDescriptor<undefined>;
        /**
         * The community is active and the candidate has fewer vouches from current members
         * than the whitelist threshold.
         */
        NotWhitelisted: PlainDescriptor<undefined>;
        /**
         * The candidate is a member already; vouching for members is pointless.
         */
        CandidateIsMember: PlainDescriptor<undefined>;
        /**
         * The caller has vouched for this candidate already.
         */
        AlreadyVouched: PlainDescriptor<undefined>;
        /**
         * The candidate has the maximum number of vouches from current members.
         */
        TooManyVouches: PlainDescriptor<undefined>;
        /**
         * The member still has a vote in this community that can change (cast on a proposal
         * whose deadline has not passed, and not retracted).
         */
        HasOutstandingVotes: PlainDescriptor<undefined>;
        /**
         * The community is still bootstrapping: no proposals yet.
         */
        CommunityNotActive: PlainDescriptor<undefined>;
        /**
         * The community is active already.
         */
        CommunityAlreadyActive: PlainDescriptor<undefined>;
        /**
         * The community has `MaxOpenProposals` open proposals.
         */
        TooManyOpenProposals: PlainDescriptor<undefined>;
        /**
         * The proposal metadata is empty.
         */
        EmptyMetadata: PlainDescriptor<undefined>;
        /**
         * No open proposal with this id in the community.
         */
        UnknownProposal: PlainDescriptor<undefined>;
        /**
         * The proposal's deadline has passed: no more votes, changes or retractions.
         */
        VotingClosed: PlainDescriptor<undefined>;
        /**
         * The proposal's deadline has not passed yet: it cannot be closed.
         */
        VotingStillOpen: PlainDescriptor<undefined>;
        /**
         * The caller voted on this proposal already (use `modify_vote`).
         */
        AlreadyVoted: PlainDescriptor<undefined>;
        /**
         * The caller has no vote on this proposal.
         */
        NoVote: PlainDescriptor<undefined>;
        /**
         * Voting power must be at least 1.
         */
        ZeroPower: PlainDescriptor<undefined>;
        /**
         * `power² × VotePrice` overflows the balance type.
         */
        VoteCostOverflow: PlainDescriptor<undefined>;
        /**
         * The account's free balance (less the existential deposit and `FeeReserve`) cannot
         * cover this budget.
         */
        InsufficientBalance: PlainDescriptor<undefined>;
        /**
         * The proposal is still open.
         */
        ProposalNotClosed: PlainDescriptor<undefined>;
        /**
         * The caller's voting budget does not cover its live votes with this one: raise it
         * with `set_vote_budget` first.
         */
        InsufficientBudget: PlainDescriptor<undefined>;
        /**
         * The budget would not cover the caller's live votes: retract some, or wait for their
         * deadlines.
         */
        BudgetBelowCommitted: PlainDescriptor<undefined>;
        /**
         * The caller has `MaxVotesPerVoter` live votes already.
         */
        TooManyVotes: PlainDescriptor<undefined>;
        /**
         * Open proposals and passed proposals waiting for a receipt fill the community's
         * `MaxOpenProposals` slots: its executor has to report first.
         */
        ExecutionBacklogFull: PlainDescriptor<undefined>;
        /**
         * Only the community's creator, while it is a member, or Root may do this.
         */
        NotCreator: PlainDescriptor<undefined>;
        /**
         * The caller is not the community's executor (or the community has none).
         */
        NotExecutor: PlainDescriptor<undefined>;
        /**
         * The proposal was closed without passing: there is nothing to execute.
         */
        ProposalNotPassed: PlainDescriptor<undefined>;
        /**
         * A receipt for this proposal was reported already.
         */
        AlreadyReported: PlainDescriptor<undefined>;
        /**
         * The account cannot hold the storage deposit this call takes (its free balance is
         * too low).
         */
        CannotHoldDeposit: PlainDescriptor<undefined>;
        /**
         * The bootstrap limit `N` is above `MaxBootstrapMembers`.
         */
        BootstrapLimitTooHigh: PlainDescriptor<undefined>;
        /**
         * The member has `MaxProposalsPerMember` open proposals in this community.
         */
        TooManyProposalsByMember: PlainDescriptor<undefined>;
        /**
         * The member has open proposals in this community: they have to be closed first.
         */
        HasOpenProposals: PlainDescriptor<undefined>;
        /**
         * The caller has no vouch for this candidate.
         */
        NoVouch: PlainDescriptor<undefined>;
        /**
         * The retention period of this outcome or receipt has not passed yet.
         */
        RetentionNotOver: PlainDescriptor<undefined>;
        /**
         * The proposal's command still waits for its receipt: its outcome stays.
         */
        ExecutionPending: PlainDescriptor<undefined>;
        /**
         * The proposal has no outcome (it is open, unknown or pruned already).
         */
        NoOutcome: PlainDescriptor<undefined>;
        /**
         * The proposal has no receipt.
         */
        NoReceipt: PlainDescriptor<undefined>;
        /**
         * The community has passed proposals waiting for their receipt.
         */
        HasPendingExecutions: PlainDescriptor<undefined>;
        /**
         * The community is being dissolved.
         */
        CommunityDissolving: PlainDescriptor<undefined>;
        /**
         * The community is not being dissolved (see `dissolve_community`).
         */
        CommunityNotDissolving: PlainDescriptor<undefined>;
        /**
         * The caller is not the community's proposed executor.
         */
        NotProposedExecutor: PlainDescriptor<undefined>;
        /**
         * The passed proposal's command is not waiting for a receipt (it changed the
         * executor, or its receipt was pruned).
         */
        NotQueued: PlainDescriptor<undefined>;
        /**
         * The community is active: its executor changes by a passed `push_executor_proposal`
         * (or by Root).
         */
        ExecutorChangesByVote: PlainDescriptor<undefined>;
        /**
         * A counter would overflow.
         */
        Overflow: PlainDescriptor<undefined>;
        /**
         * A budget must be at least one unit of the payment asset.
         */
        ZeroBudget: PlainDescriptor<undefined>;
        /**
         * The pot's free value cannot cover the budget (or the community has no pot).
         */
        CannotReserveBudget: PlainDescriptor<undefined>;
        /**
         * The member's access credits cannot cover the budget.
         */
        InsufficientCredits: PlainDescriptor<undefined>;
        /**
         * The account cannot hold the executor bond.
         */
        CannotHoldBond: PlainDescriptor<undefined>;
        /**
         * The job's execution timeout has not passed (or the community has no executor, so
         * the clock has not started).
         */
        NotExpired: PlainDescriptor<undefined>;
        /**
         * The job has no payment waiting (it had no budget, is not reported, or is settled).
         */
        NoPayment: PlainDescriptor<undefined>;
        /**
         * The payment is disputed: it waits for a decision.
         */
        PaymentDisputed: PlainDescriptor<undefined>;
        /**
         * The payment's `PayoutDelay` has not passed yet.
         */
        PayoutDelayNotOver: PlainDescriptor<undefined>;
        /**
         * The payment's `PayoutDelay` is over: it can no longer be disputed.
         */
        DisputeWindowOver: PlainDescriptor<undefined>;
        /**
         * The payment is not disputed.
         */
        NotDisputed: PlainDescriptor<undefined>;
        /**
         * `Expired` is written by `expire_job`; an executor reports `Succeeded` or `Failed`.
         */
        CannotReportExpired: PlainDescriptor<undefined>;
        /**
         * A model funding is paid over at least one epoch.
         */
        ZeroEpochs: PlainDescriptor<undefined>;
        /**
         * The community has payments to settle: claim or decide them first.
         */
        HasUnsettledPayments: PlainDescriptor<undefined>;
    };
    Consensus: {
        /**
         * The model path is empty.
         */
        InvalidPath: PlainDescriptor<undefined>;
        /**
         * A model with this path exists.
         */
        ModelExists: PlainDescriptor<undefined>;
        /**
         * `MaxModels` models exist.
         */
        TooManyModels: PlainDescriptor<undefined>;
        /**
         * No model with this id.
         */
        UnknownModel: PlainDescriptor<undefined>;
        /**
         * The peer id is empty.
         */
        InvalidPeerId: PlainDescriptor<undefined>;
        /**
         * The stake is below `MinStake`.
         */
        StakeTooLow: PlainDescriptor<undefined>;
        /**
         * The account cannot hold the stake.
         */
        InsufficientBalance: PlainDescriptor<undefined>;
        /**
         * The account is a peer of this model already.
         */
        AlreadyPeer: PlainDescriptor<undefined>;
        /**
         * Another peer of the model uses this peer id.
         */
        PeerIdTaken: PlainDescriptor<undefined>;
        /**
         * The model has `MaxModelPeers` peers.
         */
        TooManyPeers: PlainDescriptor<undefined>;
        /**
         * The model is funded by `MaxFundingsPerModel` communities already.
         */
        TooManyFundings: PlainDescriptor<undefined>;
        /**
         * A funding is paid over at least one epoch.
         */
        ZeroFundingEpochs: PlainDescriptor<undefined>;
        /**
         * A funding must be at least one unit of the payment asset.
         */
        ZeroFundingAmount: PlainDescriptor<undefined>;
        /**
         * The community does not fund this model.
         */
        NoFunding: PlainDescriptor<undefined>;
        /**
         * The account's stake for this model is still cooling down.
         */
        StakeCoolingDown: PlainDescriptor<undefined>;
        /**
         * Peers join and leave only in the first `PeerChangeWindow` blocks of an epoch.
         */
        OutsidePeerWindow: PlainDescriptor<undefined>;
        /**
         * Nobody submits in the peer window at the start of an epoch.
         */
        InPeerWindow: PlainDescriptor<undefined>;
        /**
         * The previous epoch's consensus is still being formed.
         */
        ConsensusInProgress: PlainDescriptor<undefined>;
        /**
         * The caller is not a peer of the model.
         */
        NotModelPeer: PlainDescriptor<undefined>;
        /**
         * The caller's account has more penalties than `MaxAccountPenaltyCount`.
         */
        TooManyPenalties: PlainDescriptor<undefined>;
        /**
         * The model is younger than `MinRequiredModelConsensusSubmitEpochs`.
         */
        ModelNotMature: PlainDescriptor<undefined>;
        /**
         * The caller joined fewer than `MinRequiredPeerConsensusSubmitEpochs` epochs ago.
         */
        PeerNotMature: PlainDescriptor<undefined>;
        /**
         * The model has fewer than `MinModelPeers` peers eligible to submit.
         */
        NotEnoughEligiblePeers: PlainDescriptor<undefined>;
        /**
         * The caller submitted this epoch already.
         */
        AlreadySubmitted: PlainDescriptor<undefined>;
        /**
         * The caller unconfirmed this epoch already.
         */
        AlreadyUnconfirmed: PlainDescriptor<undefined>;
        /**
         * The submission has no entries.
         */
        EmptyData: PlainDescriptor<undefined>;
        /**
         * The submission has more entries than the model has peers.
         */
        TooMuchData: PlainDescriptor<undefined>;
        /**
         * A score is outside `1..=10_000`.
         */
        ScoreOutOfRange: PlainDescriptor<undefined>;
        /**
         * The entries' uids are not strictly increasing (sort them; no uid twice).
         */
        UnsortedUids: PlainDescriptor<undefined>;
        /**
         * A uid in the submission was never issued in the model.
         */
        UnknownUid: PlainDescriptor<undefined>;
        /**
         * Nothing is owed to the caller for this model (or what is cannot be paid yet: a
         * payment below the asset's minimum balance for an account that holds none).
         */
        NothingToClaim: PlainDescriptor<undefined>;
        /**
         * No stake of the caller is cooling down for this model.
         */
        NothingToRelease: PlainDescriptor<undefined>;
        /**
         * A counter would overflow.
         */
        Overflow: PlainDescriptor<undefined>;
    };
    Assets: {
        /**
         * Account balance must be greater than or equal to the transfer amount.
         */
        BalanceLow: PlainDescriptor<undefined>;
        /**
         * The account to alter does not exist.
         */
        NoAccount: PlainDescriptor<undefined>;
        /**
         * The signing account has no permission to do the operation.
         */
        NoPermission: PlainDescriptor<undefined>;
        /**
         * The given asset ID is unknown.
         */
        Unknown: PlainDescriptor<undefined>;
        /**
         * The origin account is frozen.
         */
        Frozen: PlainDescriptor<undefined>;
        /**
         * The asset ID is already taken.
         */
        InUse: PlainDescriptor<undefined>;
        /**
         * Invalid witness data given.
         */
        BadWitness: PlainDescriptor<undefined>;
        /**
         * Minimum balance should be non-zero.
         */
        MinBalanceZero: PlainDescriptor<undefined>;
        /**
         * Unable to increment the consumer reference counters on the account. Either no provider
         * reference exists to allow a non-zero balance of a non-self-sufficient asset, or one
         * fewer then the maximum number of consumers has been reached.
         */
        UnavailableConsumer: PlainDescriptor<undefined>;
        /**
         * Invalid metadata given.
         */
        BadMetadata: PlainDescriptor<undefined>;
        /**
         * No approval exists that would allow the transfer.
         */
        Unapproved: PlainDescriptor<undefined>;
        /**
         * The source account would not survive the transfer and it needs to stay alive.
         */
        WouldDie: PlainDescriptor<undefined>;
        /**
         * The asset-account already exists.
         */
        AlreadyExists: PlainDescriptor<undefined>;
        /**
         * The asset-account doesn't have an associated deposit.
         */
        NoDeposit: PlainDescriptor<undefined>;
        /**
         * The operation would result in funds being burned.
         */
        WouldBurn: PlainDescriptor<undefined>;
        /**
         * The asset is a live asset and is actively being used. Usually emit for operations such
         * as `start_destroy` which require the asset to be in a destroying state.
         */
        LiveAsset: PlainDescriptor<undefined>;
        /**
         * The asset is not live, and likely being destroyed.
         */
        AssetNotLive: PlainDescriptor<undefined>;
        /**
         * The asset status is not the expected status.
         */
        IncorrectStatus: PlainDescriptor<undefined>;
        /**
         * The asset should be frozen before the given operation.
         */
        NotFrozen: PlainDescriptor<undefined>;
        /**
         * Callback action resulted in error
         */
        CallbackFailed: PlainDescriptor<undefined>;
        /**
         * The asset ID is not the one required by [`Config::AssetIdAllocator`].
         */
        BadAssetId: PlainDescriptor<undefined>;
        /**
         * The [`Config::AssetIdAllocator`] cannot allocate the asset ID: the id space is
         * exhausted.
         */
        AssetIdAllocationFailed: PlainDescriptor<undefined>;
        /**
         * The asset cannot be destroyed because some accounts for this asset contain freezes.
         */
        ContainsFreezes: PlainDescriptor<undefined>;
        /**
         * The asset cannot be destroyed because some accounts for this asset contain holds.
         */
        ContainsHolds: PlainDescriptor<undefined>;
        /**
         * Tried setting too many reserves.
         */
        TooManyReserves: PlainDescriptor<undefined>;
        /**
         * The asset deposit could not be fully moved due to a lock or freeze on the owner.
         */
        IncompleteDepositTransfer: PlainDescriptor<undefined>;
    };
    Treasury: {
        /**
         * The amount (or share count) is zero.
         */
        ZeroAmount: PlainDescriptor<undefined>;
        /**
         * No community with this id exists.
         */
        UnknownCommunity: PlainDescriptor<undefined>;
        /**
         * Only members of the community may contribute to its pot.
         */
        NotMember: PlainDescriptor<undefined>;
        /**
         * Root paused this community's pot: no contribution or withdrawal until it unpauses.
         */
        Paused: PlainDescriptor<undefined>;
        /**
         * The caller does not have `amount` of the payment asset it can spend.
         */
        InsufficientPaymentAsset: PlainDescriptor<undefined>;
        /**
         * The contribution is too small: after the pot's existential balance it buys less
         * than one share.
         */
        ContributionTooSmall: PlainDescriptor<undefined>;
        /**
         * The pot paid out so much of its value that its shares are worth less than
         * `1 / MaxSharesPerValue` each: it takes no new money.
         */
        PotDepleted: PlainDescriptor<undefined>;
        /**
         * The amounts overflow the balance type (or the native total issuance).
         */
        Overflow: PlainDescriptor<undefined>;
        /**
         * The caller has no position in this pot.
         */
        NoPosition: PlainDescriptor<undefined>;
        /**
         * The caller has fewer shares than it asked to withdraw.
         */
        InsufficientShares: PlainDescriptor<undefined>;
        /**
         * The caller has a vote in this community that can still change (not retracted, its
         * proposal's deadline not passed).
         */
        OutstandingVotes: PlainDescriptor<undefined>;
        /**
         * The native tokens that go with these shares are frozen (the caller's voting
         * budget): lower it with `set_vote_budget` first.
         */
        NativeTokensFrozen: PlainDescriptor<undefined>;
        /**
         * The caller no longer has the native tokens that go with these shares (transferred
         * or held): get them back first.
         */
        NativeTokensMissing: PlainDescriptor<undefined>;
        /**
         * The caller cannot pay the storage deposit (after the mint).
         */
        CannotHoldDeposit: PlainDescriptor<undefined>;
        /**
         * The community has no pot.
         */
        NoPot: PlainDescriptor<undefined>;
        /**
         * The pot's free value cannot cover the reservation.
         */
        InsufficientFreeValue: PlainDescriptor<undefined>;
        /**
         * The pot's reservations do not cover the amount.
         */
        InsufficientReserved: PlainDescriptor<undefined>;
        /**
         * The member's credits do not cover the amount.
         */
        InsufficientCredits: PlainDescriptor<undefined>;
        /**
         * The contribution would leave the member less than the payment asset's minimum
         * balance (which would be lost as dust): contribute everything or leave at least that.
         */
        WouldLeaveDust: PlainDescriptor<undefined>;
    };
};
type IConstants = {
    System: {
        /**
         * Block & extrinsics weights: base values and limits.
         */
        BlockWeights: PlainDescriptor<Anonymize<In7a38730s6qs>>;
        /**
         * The maximum length of a block (in bytes).
         */
        BlockLength: PlainDescriptor<Anonymize<Ibtil0ss5munbk>>;
        /**
         * Maximum number of block number to block hash mappings to keep (oldest pruned first).
         */
        BlockHashCount: PlainDescriptor<number>;
        /**
         * The weight of runtime database operations the runtime can invoke.
         */
        DbWeight: PlainDescriptor<Anonymize<I9s0ave7t0vnrk>>;
        /**
         * Get the chain's in-code version.
         */
        Version: PlainDescriptor<Anonymize<I4fo08joqmcqnm>>;
        /**
         * The designated SS58 prefix of this chain.
         *
         * This replaces the "ss58Format" property declared in the chain spec. Reason is
         * that the runtime should know about the prefix in order to make use of it as
         * an identifier of the chain.
         */
        SS58Prefix: PlainDescriptor<number>;
    };
    Timestamp: {
        /**
         * The minimum period between blocks.
         *
         * Be aware that this is different to the *expected* period that the block production
         * apparatus provides. Your chosen consensus system will generally work with this to
         * determine a sensible block time. For example, in the Aura pallet it will be double this
         * period on default settings.
         */
        MinimumPeriod: PlainDescriptor<bigint>;
    };
    Aura: {
        /**
         * The slot duration Aura should run with, expressed in milliseconds.
         *
         * The effective value of this type can be changed with a runtime upgrade.
         *
         * For backwards compatibility either use [`MinimumPeriodTimesTwo`] or a const.
         */
        SlotDuration: PlainDescriptor<bigint>;
    };
    Grandpa: {
        /**
         * Max Authorities in use
         */
        MaxAuthorities: PlainDescriptor<number>;
        /**
         * The maximum number of nominators for each validator.
         */
        MaxNominators: PlainDescriptor<number>;
        /**
         * The maximum number of entries to keep in the set id to session index mapping.
         *
         * Since the `SetIdSession` map is only used for validating equivocations this
         * value should relate to the bonding duration of whatever staking system is
         * being used (if any). If equivocation handling is not enabled then this value
         * can be zero.
         */
        MaxSetIdSessionEntries: PlainDescriptor<bigint>;
    };
    Balances: {
        /**
         * The minimum amount required to keep an account open. MUST BE GREATER THAN ZERO!
         *
         * If you *really* need it to be zero, you can enable the feature `insecure_zero_ed` for
         * this pallet. However, you do so at your own risk: this will open up a major DoS vector.
         * In case you have multiple sources of provider references, you may also get unexpected
         * behaviour if you set this to zero.
         *
         * Bottom line: Do yourself a favour and make it at least one!
         */
        ExistentialDeposit: PlainDescriptor<bigint>;
        /**
         * The maximum number of locks that should exist on an account.
         * Not strictly enforced, but used for weight estimation.
         *
         * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
         */
        MaxLocks: PlainDescriptor<number>;
        /**
         * The maximum number of named reserves that can exist on an account.
         *
         * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
         */
        MaxReserves: PlainDescriptor<number>;
        /**
         * The maximum number of individual freeze locks that can exist on an account at any time.
         */
        MaxFreezes: PlainDescriptor<number>;
    };
    TransactionPayment: {
        /**
         * A fee multiplier for `Operational` extrinsics to compute "virtual tip" to boost their
         * `priority`
         *
         * This value is multiplied by the `final_fee` to obtain a "virtual tip" that is later
         * added to a tip component in regular `priority` calculations.
         * It means that a `Normal` transaction can front-run a similarly-sized `Operational`
         * extrinsic (with no tip), by including a tip value greater than the virtual tip.
         *
         * ```rust,ignore
         * // For `Normal`
         * let priority = priority_calc(tip);
         *
         * // For `Operational`
         * let virtual_tip = (inclusion_fee + tip) * OperationalFeeMultiplier;
         * let priority = priority_calc(tip + virtual_tip);
         * ```
         *
         * Note that since we use `final_fee` the multiplier applies also to the regular `tip`
         * sent with the transaction. So, not only does the transaction get a priority bump based
         * on the `inclusion_fee`, but we also amplify the impact of tips applied to `Operational`
         * transactions.
         */
        OperationalFeeMultiplier: PlainDescriptor<number>;
    };
    MultiBlockMigrations: {
        /**
         * The maximal length of an encoded cursor.
         *
         * A good default needs to selected such that no migration will ever have a cursor with MEL
         * above this limit. This is statically checked in `integrity_test`.
         */
        CursorMaxLen: PlainDescriptor<number>;
        /**
         * The maximal length of an encoded identifier.
         *
         * A good default needs to selected such that no migration will ever have an identifier
         * with MEL above this limit. This is statically checked in `integrity_test`.
         */
        IdentifierMaxLen: PlainDescriptor<number>;
    };
    Voting: {
        /**
         * The price of one unit of `power²`: a vote of power `v` freezes `v² × VotePrice`.
         */
        VotePrice: PlainDescriptor<bigint>;
        /**
         * Blocks a proposal accepts votes for, from the block it is pushed in.
         */
        VotingPeriod: PlainDescriptor<number>;
        /**
         * Maximum length of a proposal's metadata (its command), in bytes.
         */
        MaxMetadataLen: PlainDescriptor<number>;
        /**
         * Maximum number of open proposals per community.
         */
        MaxOpenProposals: PlainDescriptor<number>;
        /**
         * Maximum whitelist threshold `W` a community may set; also the number of vouches
         * kept per candidate.
         */
        MaxWhitelistThreshold: PlainDescriptor<number>;
        /**
         * Maximum bootstrap limit `N` a community may set: the members that may join it for
         * free entry before it becomes active.
         */
        MaxBootstrapMembers: PlainDescriptor<number>;
        /**
         * Maximum number of live votes (on proposals whose deadline has not passed) one
         * account may have, in all communities together: the size of its [`Voter`] record.
         */
        MaxVotesPerVoter: PlainDescriptor<number>;
        /**
         * Maximum number of open proposals one member may have in a community.
         */
        MaxProposalsPerMember: PlainDescriptor<number>;
        /**
         * The deposit of one storage item, whatever its size (the runtime's `deposit(1, 0)`).
         */
        DepositBase: PlainDescriptor<bigint>;
        /**
         * The deposit of one byte of state, key and value (the runtime's `deposit(0, 1)`).
         */
        DepositPerByte: PlainDescriptor<bigint>;
        /**
         * Blocks an outcome or a receipt is kept before anyone may prune it, returning its
         * deposit to the depositor.
         */
        RetentionPeriod: PlainDescriptor<number>;
        /**
         * The quorum of a community created without one: the share of members that must vote
         * on a proposal for it to pass.
         */
        DefaultMinTurnout: PlainDescriptor<number>;
        /**
         * Free balance a budget never freezes, on top of the existential deposit: it pays the
         * fees of lowering the budget, so a voter who froze all it could still gets its funds
         * back.
         */
        FeeReserve: PlainDescriptor<bigint>;
        /**
         * What accepting the executor role holds from the executor (native tokens), per
         * community. Expiries slash it; it comes back when the executor has left the role and
         * has no payment left to settle.
         */
        ExecutorBond: PlainDescriptor<bigint>;
        /**
         * The part of the executor's bond an expired job slashes to the community's pot.
         */
        ExpirySlash: PlainDescriptor<number>;
        /**
         * Blocks a job's receipt has before anyone may expire it, from its queuing (or from
         * the current executor's acceptance, if later).
         */
        ExecutionTimeout: PlainDescriptor<number>;
        /**
         * Blocks between a `Succeeded` receipt and the payment becoming claimable: the window
         * in which members may dispute it.
         */
        PayoutDelay: PlainDescriptor<number>;
        /**
         * What a dispute holds from the disputer (native tokens): returned if the dispute wins,
         * sent to the community's pot if it loses.
         */
        DisputeDeposit: PlainDescriptor<bigint>;
    };
    Consensus: {
        /**
         * The pallet's id. Its account is the **reward pot**: slashed stakes go there and
         * rewards are paid from it; nothing is ever minted.
         */
        PalletId: PlainDescriptor<SizedHex<8>>;
        /**
         * Part of a peer's stake in a model slashed into the reward pot per penalty it gets
         * there in an epoch (`n` penalties slash `n` times this part, at most all of it).
         */
        PenaltySlash: PlainDescriptor<number>;
        /**
         * Part of a peer's remaining stake slashed into the reward pot when consensus removes
         * it from a model (any removal but leaving of its own accord).
         */
        RemovalSlash: PlainDescriptor<number>;
        /**
         * Length of an epoch, in blocks.
         */
        EpochLength: PlainDescriptor<number>;
        /**
         * Blocks at the start of each epoch in which peers join and leave and nobody submits.
         */
        PeerChangeWindow: PlainDescriptor<number>;
        /**
         * The least stake a peer holds.
         */
        MinStake: PlainDescriptor<bigint>;
        /**
         * Epochs a stake stays held after its peer left or was removed.
         */
        StakeCooldownEpochs: PlainDescriptor<number>;
        /**
         * Maximum number of models.
         */
        MaxModels: PlainDescriptor<number>;
        /**
         * Maximum number of peers per model (and entries per submission); at most 65,536
         * (uids are `u16`).
         */
        MaxModelPeers: PlainDescriptor<number>;
        /**
         * Maximum length of a model path, in bytes.
         */
        MaxPathLen: PlainDescriptor<number>;
        /**
         * Maximum length of a peer id, in bytes.
         */
        MaxPeerIdLen: PlainDescriptor<number>;
        /**
         * Peers eligible to submit that a model needs before consensus is formed for it.
         */
        MinModelPeers: PlainDescriptor<number>;
        /**
         * Whole epochs a peer must have been in a model before others must score it.
         */
        MinRequiredPeerConsensusInclusionEpochs: PlainDescriptor<number>;
        /**
         * Whole epochs a peer must have been in a model before it may submit.
         */
        MinRequiredPeerConsensusSubmitEpochs: PlainDescriptor<number>;
        /**
         * Whole epochs a model must have been registered before consensus is formed for it.
         */
        MinRequiredModelConsensusSubmitEpochs: PlainDescriptor<number>;
        /**
         * Share of the eligible peers that must take part (submit or unconfirm), and share
         * that must submit data, for an epoch to be evaluated.
         */
        ModelPeerConsensusSubmitPercentRequirement: PlainDescriptor<number>;
        /**
         * Share of the participants whose unconfirms skip the epoch (model in error state).
         */
        ModelConsensusUnconfirmedThreshold: PlainDescriptor<number>;
        /**
         * A peer left out by more than this share of the submitters is out of consensus.
         */
        PeerRemovalThreshold: PlainDescriptor<number>;
        /**
         * A peer penalised for at least this share of the evaluated peers in one epoch is
         * removed from the model.
         */
        PeerAgainstConsensusRemovalThreshold: PlainDescriptor<number>;
        /**
         * A score further than this many percent of the consensus score from it is an
         * outlier (and penalised).
         */
        MaximumOutlierDeltaPercent: PlainDescriptor<number>;
        /**
         * An account whose penalty count exceeds this is removed from all models.
         */
        MaxAccountPenaltyCount: PlainDescriptor<number>;
        /**
         * Consecutive honest epochs that forgive one penalty.
         */
        PenaltyDecayEpochs: PlainDescriptor<number>;
        /**
         * The most paid from the reward pot per model and epoch, split among its
         * in-consensus submitters in proportion to their consensus scores. A pot with less
         * pays what it has (keeping its existential deposit); an empty one pays nothing.
         */
        EpochReward: PlainDescriptor<bigint>;
        /**
         * Weight the consensus step may use per block; the rest waits for the next block.
         */
        MaxConsensusWeight: PlainDescriptor<Anonymize<I4q39t5hn830vp>>;
        /**
         * The most free calls (`submit_consensus_data`, `unconfirm_consensus_data`) one block
         * takes; [`crate::extension::CheckConsensusSubmission`] keeps the rest for later blocks.
         */
        MaxFreeCallsPerBlock: PlainDescriptor<number>;
        /**
         * The payment asset's id.
         */
        PaymentAssetId: PlainDescriptor<number>;
        /**
         * The most communities funding one model at a time (each formed epoch pays each of
         * them: this bounds the consensus step).
         */
        MaxFundingsPerModel: PlainDescriptor<number>;
    };
    Assets: {
        /**
         * Max number of items to destroy per `destroy_accounts` and `destroy_approvals` call.
         *
         * Must be configured to result in a weight that makes each call fit in a block.
         */
        RemoveItemsLimit: PlainDescriptor<number>;
        /**
         * The basic amount of funds that must be reserved for an asset.
         */
        AssetDeposit: PlainDescriptor<bigint>;
        /**
         * The amount of funds that must be reserved for a non-provider asset account to be
         * maintained.
         */
        AssetAccountDeposit: PlainDescriptor<bigint>;
        /**
         * The basic amount of funds that must be reserved when adding metadata to your asset.
         */
        MetadataDepositBase: PlainDescriptor<bigint>;
        /**
         * The additional funds that must be reserved for the number of bytes you store in your
         * metadata.
         */
        MetadataDepositPerByte: PlainDescriptor<bigint>;
        /**
         * The amount of funds that must be reserved when creating a new approval.
         */
        ApprovalDeposit: PlainDescriptor<bigint>;
        /**
         * The maximum length of a name or symbol stored on-chain.
         */
        StringLimit: PlainDescriptor<number>;
    };
    Treasury: {
        /**
         * The payment asset's id in `Assets`.
         */
        PaymentAssetId: PlainDescriptor<number>;
        /**
         * The pots' accounts are sub-accounts of this id.
         */
        PalletId: PlainDescriptor<SizedHex<8>>;
        /**
         * The rate [`NativePerPayment`] has until Root sets one: native base units minted per
         * base unit of the payment asset.
         */
        DefaultNativePerPayment: PlainDescriptor<bigint>;
        /**
         * The skewed-ratio guard: a pot whose shares outnumber its value + reserved more than
         * this many times takes no new contribution (see [`Pot::shares_for`]).
         */
        MaxSharesPerValue: PlainDescriptor<number>;
        /**
         * The deposit of one storage item, whatever its size.
         */
        DepositBase: PlainDescriptor<bigint>;
        /**
         * The deposit of one byte of state, key and value.
         */
        DepositPerByte: PlainDescriptor<bigint>;
    };
};
type IViewFns = {
    MultiBlockMigrations: {
        /**
         * Returns the ongoing status of migrations.
         */
        ongoing_status: RuntimeDescriptor<[], Anonymize<I9vodnt2k1kha>>;
        /**
         * Returns progress information about the current migration, if any.
         *
         * This function provides detailed information about the current migration's progress,
         * including the number of steps completed and the maximum allowed steps.
         */
        progress: RuntimeDescriptor<[], Anonymize<I4ao1le27fcisl>>;
        /**
         * Returns the storage prefixes affected by the current migration.
         *
         * Can be empty if the migration does not know or there are no prefixes.
         */
        affected_prefixes: RuntimeDescriptor<[], Anonymize<Itom7fk49o0c9>>;
        /**
         * Returns the comprehensive status of multi-block migrations.
         */
        status: RuntimeDescriptor<[], Anonymize<Ih4ursllob8fg>>;
    };
    Assets: {
        /**
         * Provide the asset details for asset `id`.
         */
        asset_details: RuntimeDescriptor<[id: number], Anonymize<I6052turo9tavh>>;
        /**
         * Provide the balance of `who` for asset `id`.
         */
        balance_of: RuntimeDescriptor<[who: SS58String, id: number], Anonymize<I35p85j063s0il>>;
        /**
         * Provide the configured metadata for asset `id`.
         */
        get_metadata: RuntimeDescriptor<[id: number], Anonymize<Iemk0s5gdc9ruv>>;
        /**
         * Provide the configured reserves data for asset `id`.
         */
        get_reserves_data: RuntimeDescriptor<[id: number], Anonymize<I35l6p7kq19mr0>>;
    };
};
type IRuntimeCalls = {
    /**
     * The `Core` runtime api that every Substrate runtime needs to implement.
     */
    Core: {
        /**
         * Returns the version of the runtime.
         */
        version: RuntimeDescriptor<[], Anonymize<I4fo08joqmcqnm>>;
        /**
         * Execute the given block.
         */
        execute_block: RuntimeDescriptor<[block: Anonymize<Iaqet9jc3ihboe>], undefined>;
        /**
         * Initialize a block with the given header and return the runtime executive mode.
         */
        initialize_block: RuntimeDescriptor<[header: Anonymize<Ic952bubvq4k7d>], Anonymize<I2v50gu3s1aqk6>>;
    };
    /**
     * The `Metadata` api trait that returns metadata for the runtime.
     */
    Metadata: {
        /**
         * Returns the metadata of a runtime.
         */
        metadata: RuntimeDescriptor<[], Uint8Array>;
        /**
         * Returns the metadata at a given version.
         *
         * If the given `version` isn't supported, this will return `None`.
         * Use [`Self::metadata_versions`] to find out about supported metadata version of the runtime.
         */
        metadata_at_version: RuntimeDescriptor<[version: number], Anonymize<Iabpgqcjikia83>>;
        /**
         * Returns the supported metadata versions.
         *
         * This can be used to call `metadata_at_version`.
         */
        metadata_versions: RuntimeDescriptor<[], Anonymize<Icgljjb6j82uhn>>;
    };
    /**
     * Runtime API for executing view functions
     */
    RuntimeViewFunction: {
        /**
         * Execute a view function query.
         */
        execute_view_function: RuntimeDescriptor<[query_id: Anonymize<I4gil44d08grh>, input: Uint8Array], Anonymize<I7u915mvkdsb08>>;
    };
    /**
     * The `BlockBuilder` api trait that provides the required functionality for building a block.
     */
    BlockBuilder: {
        /**
         * Apply the given extrinsic.
         *
         * Returns an inclusion outcome which specifies if this extrinsic is included in
         * this block or not.
         */
        apply_extrinsic: RuntimeDescriptor<[extrinsic: Uint8Array], Anonymize<I7ph8jsp9gr6qe>>;
        /**
         * Finish the current block.
         */
        finalize_block: RuntimeDescriptor<[], Anonymize<Ic952bubvq4k7d>>;
        /**
         * Generate inherent extrinsics. The inherent data will vary from chain to chain.
         */
        inherent_extrinsics: RuntimeDescriptor<[inherent: Anonymize<If7uv525tdvv7a>], Anonymize<Itom7fk49o0c9>>;
        /**
         * Check that the inherents are valid. The inherent data will vary from chain to chain.
         */
        check_inherents: RuntimeDescriptor<[block: Anonymize<Iaqet9jc3ihboe>, data: Anonymize<If7uv525tdvv7a>], Anonymize<I2an1fs2eiebjp>>;
    };
    /**
     * The `TaggedTransactionQueue` api trait for interfering with the transaction queue.
     */
    TaggedTransactionQueue: {
        /**
         * Validate the transaction.
         *
         * This method is invoked by the transaction pool to learn details about given transaction.
         * The implementation should make sure to verify the correctness of the transaction
         * against current state. The given `block_hash` corresponds to the hash of the block
         * that is used as current state.
         *
         * Note that this call may be performed by the pool multiple times and transactions
         * might be verified in any possible order.
         */
        validate_transaction: RuntimeDescriptor<[source: TransactionValidityTransactionSource, tx: Uint8Array, block_hash: SizedHex<32>], Anonymize<I9ask1o4tfvcvs>>;
    };
    /**
     * The offchain worker api.
     */
    OffchainWorkerApi: {
        /**
         * Starts the off-chain task for given block header.
         */
        offchain_worker: RuntimeDescriptor<[header: Anonymize<Ic952bubvq4k7d>], undefined>;
    };
    /**
     * API necessary for block authorship with aura.
     */
    AuraApi: {
        /**
         * Returns the slot duration for Aura.
         *
         * Currently, only the value provided by this type at genesis will be used.
         */
        slot_duration: RuntimeDescriptor<[], bigint>;
        /**
         * Return the current set of authorities.
         */
        authorities: RuntimeDescriptor<[], Anonymize<Ic5m5lp1oioo8r>>;
    };
    /**
     * Session keys runtime api.
     */
    SessionKeys: {
        /**
         * Generate a set of session keys with optionally using the given seed.
         * The keys should be stored within the keystore exposed via runtime
         * externalities.
         *
         * The seed needs to be a valid `utf8` string.
         *
         * Returns the concatenated SCALE encoded public keys.
         */
        generate_session_keys: RuntimeDescriptor<[owner: Uint8Array, seed: Anonymize<Iabpgqcjikia83>], Anonymize<I4ph3d1eepnmr1>>;
        /**
         * Decode the given public session keys.
         *
         * Returns the list of public raw public keys + key type.
         */
        decode_session_keys: RuntimeDescriptor<[encoded: Uint8Array], Anonymize<Icerf8h8pdu8ss>>;
    };
    /**
     * APIs for integrating the GRANDPA finality gadget into runtimes.
     * This should be implemented on the runtime side.
     *
     * This is primarily used for negotiating authority-set changes for the
     * gadget. GRANDPA uses a signaling model of changing authority sets:
     * changes should be signaled with a delay of N blocks, and then automatically
     * applied in the runtime after those N blocks have passed.
     *
     * The consensus protocol will coordinate the handoff externally.
     */
    GrandpaApi: {
        /**
         * Get the current GRANDPA authorities and weights. This should not change except
         * for when changes are scheduled and the corresponding delay has passed.
         *
         * When called at block B, it will return the set of authorities that should be
         * used to finalize descendants of this block (B+1, B+2, ...). The block B itself
         * is finalized by the authorities from block B-1.
         */
        grandpa_authorities: RuntimeDescriptor<[], Anonymize<I3geksg000c171>>;
        /**
         * Submits an unsigned extrinsic to report an equivocation. The caller
         * must provide the equivocation proof and a key ownership proof
         * (should be obtained using `generate_key_ownership_proof`). The
         * extrinsic will be unsigned and should only be accepted for local
         * authorship (not to be broadcast to the network). This method returns
         * `None` when creation of the extrinsic fails, e.g. if equivocation
         * reporting is disabled for the given runtime (i.e. this method is
         * hardcoded to return `None`). Only useful in an offchain context.
         */
        submit_report_equivocation_unsigned_extrinsic: RuntimeDescriptor<[equivocation_proof: Anonymize<I9puqgoda8ofk4>, key_owner_proof: Uint8Array], boolean>;
        /**
         * Generates a proof of key ownership for the given authority in the
         * given set. An example usage of this module is coupled with the
         * session historical module to prove that a given authority key is
         * tied to a given staking identity during a specific session. Proofs
         * of key ownership are necessary for submitting equivocation reports.
         * NOTE: even though the API takes a `set_id` as parameter the current
         * implementations ignore this parameter and instead rely on this
         * method being called at the correct block height, i.e. any point at
         * which the given set id is live on-chain. Future implementations will
         * instead use indexed data through an offchain worker, not requiring
         * older states to be available.
         */
        generate_key_ownership_proof: RuntimeDescriptor<[set_id: bigint, authority_id: SizedHex<32>], Anonymize<Iabpgqcjikia83>>;
        /**
         * Get current GRANDPA authority set id.
         */
        current_set_id: RuntimeDescriptor<[], bigint>;
    };
    /**
     * The API to query account nonce.
     */
    AccountNonceApi: {
        /**
         * Get current account nonce of given `AccountId`.
         */
        account_nonce: RuntimeDescriptor<[account: SS58String], number>;
    };
    /**
    
     */
    TransactionPaymentApi: {
        /**
        
         */
        query_info: RuntimeDescriptor<[uxt: Uint8Array, len: number], Anonymize<I6spmpef2c7svf>>;
        /**
        
         */
        query_fee_details: RuntimeDescriptor<[uxt: Uint8Array, len: number], Anonymize<Iei2mvq0mjvt81>>;
        /**
        
         */
        query_weight_to_fee: RuntimeDescriptor<[weight: Anonymize<I4q39t5hn830vp>], bigint>;
        /**
        
         */
        query_length_to_fee: RuntimeDescriptor<[length: number], bigint>;
    };
    /**
    
     */
    TransactionPaymentCallApi: {
        /**
         * Query information of a dispatch class, weight, and fee of a given encoded `Call`.
         */
        query_call_info: RuntimeDescriptor<[call: Anonymize<I2skqlt5o4n8g2>, len: number], Anonymize<I6spmpef2c7svf>>;
        /**
         * Query fee details of a given encoded `Call`.
         */
        query_call_fee_details: RuntimeDescriptor<[call: Anonymize<I2skqlt5o4n8g2>, len: number], Anonymize<Iei2mvq0mjvt81>>;
        /**
         * Query the output of the current `WeightToFee` given some input.
         */
        query_weight_to_fee: RuntimeDescriptor<[weight: Anonymize<I4q39t5hn830vp>], bigint>;
        /**
         * Query the output of the current `LengthToFee` given some input.
         */
        query_length_to_fee: RuntimeDescriptor<[length: number], bigint>;
    };
    /**
     * Read access to pallet-voting. Version 2: communities and receipts carry their deposits.
     * Version 3: paid jobs (`Budget` is the payment asset's balance): budgets in proposals,
     * pending executions and receipts; `job_status`, `reserved`, `claimable_payments`.
     * Version 4: votes draw on a budget (`set_vote_budget`): `frozen_budget` also tells what
     * the live votes commit of it.
     */
    VotingApi: {
        /**
         * A proposal's tally and status, or `None` if it never existed.
         */
        proposal: RuntimeDescriptor<[community: number, proposal: number], Anonymize<I2o37d4pl5pj1v>>;
        /**
         * An account's voting budget, what its live votes commit of it, and what it can still
         * transfer.
         */
        frozen_budget: RuntimeDescriptor<[who: SS58String], Anonymize<Ie1f074hnfojhu>>;
        /**
         * A candidate's vouches from current members and the threshold, or `None` for an
         * unknown community.
         */
        whitelist_progress: RuntimeDescriptor<[community: number, candidate: SS58String], Anonymize<Ia0463ed2d8hoc>>;
        /**
         * A community's settings and counters.
         */
        community: RuntimeDescriptor<[community: number], Anonymize<I3h1jn1cpt9ckm>>;
        /**
         * Whether `who` is a member of `community` and may leave it now.
         */
        can_deregister: RuntimeDescriptor<[community: number, who: SS58String], boolean>;
        /**
         * The jobs of `community` waiting for their executor's receipt (passed commands and
         * requested jobs), with their commands and budgets, in id order (at most
         * `MaxOpenProposals`).
         */
        pending_executions: RuntimeDescriptor<[community: number], Anonymize<I5hideeuecp448>>;
        /**
         * The execution receipt of a job, if its executor reported one (or it expired).
         */
        execution_receipt: RuntimeDescriptor<[community: number, proposal: number], Anonymize<I2jvsds2rasvfr>>;
        /**
         * Where job `job` stands: queued (with its expiry), awaiting payout, disputed, or
         * settled (paid, refunded, expired).
         */
        job_status: RuntimeDescriptor<[community: number, job: number], Anonymize<Ikkb69lor3kus>>;
        /**
         * The payment asset `community`'s pot has reserved for queued jobs and unsettled
         * payments.
         */
        reserved: RuntimeDescriptor<[community: number], bigint>;
        /**
         * The payments `executor` can claim in `community` now or later (not disputed), in job
         * order.
         */
        claimable_payments: RuntimeDescriptor<[community: number, executor: SS58String], Anonymize<Ibg1jp40ehs0ld>>;
    };
    /**
     * Read access to pallet-community-treasury.
     */
    TreasuryApi: {
        /**
         * A community's pot, or `None` if it has none.
         */
        pot: RuntimeDescriptor<[community: number], Anonymize<I2pb36aqp6mkq6>>;
        /**
         * `who`'s position in `community`'s pot, or `None` if it has no shares there.
         */
        position: RuntimeDescriptor<[community: number, who: SS58String], Anonymize<I45kpv49trt6rk>>;
        /**
         * Native base units minted per payment base unit.
         */
        native_per_payment: RuntimeDescriptor<[], bigint>;
        /**
         * What `who` contributing `amount` to `community` would get now, or the error
         * `contribute` would fail with.
         */
        quote_contribute: RuntimeDescriptor<[community: number, who: SS58String, amount: bigint], Anonymize<I1l09aajunm730>>;
        /**
         * What `who` withdrawing `shares` from `community` would get and give now, or the
         * error `withdraw` would fail with.
         */
        quote_withdraw: RuntimeDescriptor<[community: number, who: SS58String, shares: bigint], Anonymize<Ianoimqap31bl5>>;
    };
    /**
     * Read access to pallet-consensus. Version 2: `model_funding` (`Payment` is the payment
     * asset's balance). Version 3: uids (`PeerView::uid`, unclaimed rewards, leave marks) and
     * `participation`.
     */
    ConsensusApi: {
        /**
         * The model's peers in uid order with their latest consensus results, or empty for
         * an unknown model.
         */
        model_peers: RuntimeDescriptor<[model: number], Anonymize<I7m9f1765r61dl>>;
        /**
         * The account's penalty count.
         */
        penalty_count: RuntimeDescriptor<[who: SS58String], number>;
        /**
         * Whether the account may submit (or unconfirm) for the model now, and if not, why.
         */
        submit_status: RuntimeDescriptor<[model: number, who: SS58String], Anonymize<Ifqk46oi1nvn14>>;
        /**
         * The current epoch.
         */
        current_epoch: RuntimeDescriptor<[], number>;
        /**
         * The model's funding account, its payment-asset balance and the communities that
         * fund its peers (what each still owes and over how many epochs).
         */
        model_funding: RuntimeDescriptor<[model: number], Anonymize<Ia9ca4i070phmp>>;
        /**
         * Whether the account submitted or unconfirmed for the model in the current epoch.
         */
        participation: RuntimeDescriptor<[model: number, who: SS58String], Anonymize<Ibjn3jjppeae4m>>;
    };
    /**
     * Runtime api for benchmarking a FRAME runtime.
     */
    Benchmark: {
        /**
         * Get the benchmark metadata available for this runtime.
         *
         * Parameters
         * - `extra`: Also list benchmarks marked "extra" which would otherwise not be
         * needed for weight calculation.
         */
        benchmark_metadata: RuntimeDescriptor<[extra: boolean], Anonymize<Icpd4ilelfjrjp>>;
        /**
         * Dispatch the given benchmark.
         */
        dispatch_benchmark: RuntimeDescriptor<[config: Anonymize<Ifrgs7ghvcklk4>], Anonymize<I8hkiu602iehii>>;
    };
    /**
     * API to interact with `RuntimeGenesisConfig` for the runtime
     */
    GenesisBuilder: {
        /**
         * Build `RuntimeGenesisConfig` from a JSON blob not using any defaults and store it in the
         * storage.
         *
         * In the case of a FRAME-based runtime, this function deserializes the full
         * `RuntimeGenesisConfig` from the given JSON blob and puts it into the storage. If the
         * provided JSON blob is incorrect or incomplete or the deserialization fails, an error
         * is returned.
         *
         * Please note that provided JSON blob must contain all `RuntimeGenesisConfig` fields, no
         * defaults will be used.
         */
        build_state: RuntimeDescriptor<[json: Uint8Array], Anonymize<Ie9sr1iqcg3cgm>>;
        /**
         * Returns a JSON blob representation of the built-in `RuntimeGenesisConfig` identified by
         * `id`.
         *
         * If `id` is `None` the function should return JSON blob representation of the default
         * `RuntimeGenesisConfig` struct of the runtime. Implementation must provide default
         * `RuntimeGenesisConfig`.
         *
         * Otherwise function returns a JSON representation of the built-in, named
         * `RuntimeGenesisConfig` preset identified by `id`, or `None` if such preset does not
         * exist. Returned `Vec<u8>` contains bytes of JSON blob (patch) which comprises a list of
         * (potentially nested) key-value pairs that are intended for customizing the default
         * runtime genesis config. The patch shall be merged (rfc7386) with the JSON representation
         * of the default `RuntimeGenesisConfig` to create a comprehensive genesis config that can
         * be used in `build_state` method.
         */
        get_preset: RuntimeDescriptor<[id: Anonymize<I1mqgk2tmnn9i2>], Anonymize<Iabpgqcjikia83>>;
        /**
         * Returns a list of identifiers for available builtin `RuntimeGenesisConfig` presets.
         *
         * The presets from the list can be queried with [`GenesisBuilder::get_preset`] method. If
         * no named presets are provided by the runtime the list is empty.
         */
        preset_names: RuntimeDescriptor<[], Anonymize<I6lr8sctk0bi4e>>;
    };
};
export type DaoDispatchError = Anonymize<I75u1r2ftl8a3c>;
type IAsset = PlainDescriptor<void>;
export type DaoExtensions = {};
type PalletsTypedef = {
    __storage: IStorage;
    __tx: ICalls;
    __event: IEvent;
    __error: IError;
    __const: IConstants;
    __view: IViewFns;
};
export type Dao = {
    descriptors: {
        pallets: PalletsTypedef;
        apis: IRuntimeCalls;
    } & Promise<any>;
    metadataTypes: Promise<Uint8Array>;
    asset: IAsset;
    extensions: DaoExtensions;
    getMetadata: () => Promise<Uint8Array>;
    genesis: string | undefined;
};
declare const _allDescriptors: Dao;
export default _allDescriptors;
export type DaoApis = ApisFromDef<IRuntimeCalls>;
export type DaoQueries = QueryFromPalletsDef<PalletsTypedef>;
export type DaoCalls = TxFromPalletsDef<PalletsTypedef>;
export type DaoEvents = EventsFromPalletsDef<PalletsTypedef>;
export type DaoErrors = ErrorsFromPalletsDef<PalletsTypedef>;
export type DaoConstants = ConstFromPalletsDef<PalletsTypedef>;
export type DaoViewFns = ViewFnsFromPalletsDef<PalletsTypedef>;
export type DaoCallData = Anonymize<I2skqlt5o4n8g2> & {
    value: {
        type: string;
    };
};
type AllInteractions = {
    storage: {
        System: ['Account', 'ExtrinsicCount', 'InherentsApplied', 'BlockWeight', 'BlockSize', 'BlockHash', 'ExtrinsicData', 'Number', 'ParentHash', 'Digest', 'Events', 'EventCount', 'EventTopics', 'LastRuntimeUpgrade', 'BlocksTillUpgrade', 'UpgradedToU32RefCount', 'UpgradedToTripleRefCount', 'ExecutionPhase', 'AuthorizedUpgrade', 'ExtrinsicWeightReclaimed'];
        Timestamp: ['Now', 'DidUpdate'];
        Aura: ['Authorities', 'CurrentSlot'];
        Grandpa: ['State', 'PendingChange', 'NextForced', 'Stalled', 'CurrentSetId', 'SetIdSession', 'Authorities'];
        Balances: ['TotalIssuance', 'InactiveIssuance', 'Account', 'Locks', 'Reserves', 'Holds', 'Freezes'];
        TransactionPayment: ['NextFeeMultiplier', 'StorageVersion', 'TxPaymentCredit'];
        Sudo: ['Key'];
        MultiBlockMigrations: ['Cursor', 'Historic'];
        Voting: ['Communities', 'Members', 'Vouches', 'Proposals', 'Tallies', 'NextProposalSerial', 'Outcomes', 'Voters', 'PendingExecutions', 'Receipts', 'Payments', 'ExecutorBonds'];
        Consensus: ['ModelFundings', 'NextModelId', 'Models', 'ModelPaths', 'Peers', 'Keys', 'Roster', 'PeerAccounts', 'AccountModels', 'Unbondings', 'Submissions', 'Participants', 'AccountPenaltyCount', 'HonestStreak', 'Metagraphs', 'ModelOutcomes', 'PendingEffects', 'Leaving', 'UnclaimedRewards', 'LeftRewards', 'RewardsOwed', 'FreeCallsInBlock', 'ConsensusCursor', 'CutShortEpoch'];
        Assets: ['Asset', 'Account', 'Approvals', 'Metadata', 'Reserves', 'NextAssetId'];
        Treasury: ['Pots', 'Positions', 'NativePerPayment', 'Paused'];
    };
    tx: {
        System: ['remark', 'set_heap_pages', 'set_code', 'set_code_without_checks', 'set_storage', 'kill_storage', 'kill_prefix', 'remark_with_event', 'authorize_upgrade', 'authorize_upgrade_without_checks', 'apply_authorized_upgrade'];
        Timestamp: ['set'];
        Grandpa: ['report_equivocation', 'report_equivocation_unsigned', 'note_stalled'];
        Balances: ['transfer_allow_death', 'force_transfer', 'transfer_keep_alive', 'transfer_all', 'force_unreserve', 'upgrade_accounts', 'force_set_balance', 'force_adjust_total_issuance', 'burn'];
        Sudo: ['sudo', 'sudo_unchecked_weight', 'set_key', 'sudo_as', 'remove_key'];
        MultiBlockMigrations: ['force_set_cursor', 'force_set_active_cursor', 'force_onboard_mbms', 'clear_historic'];
        Voting: ['create_community', 'join_community', 'whitelist_account', 'deregister', 'push_proposal', 'vote', 'modify_vote', 'retract_vote', 'close_proposal', 'start_proposing', 'force_member', 'force_close', 'set_executor', 'report_execution', 'withdraw_vouch', 'prune_outcome', 'prune_receipt', 'dissolve_community', 'cleanup_community', 'accept_executor', 'push_executor_proposal', 'request_job', 'claim_payment', 'dispute_payment', 'resolve_dispute', 'expire_job', 'push_dispute_proposal', 'push_model_funding_proposal', 'set_vote_budget'];
        Consensus: ['register_model', 'add_model_peer', 'remove_model_peer', 'release_stake', 'submit_consensus_data', 'unconfirm_consensus_data', 'claim_rewards'];
        Assets: ['create', 'force_create', 'start_destroy', 'destroy_accounts', 'destroy_approvals', 'finish_destroy', 'mint', 'burn', 'transfer', 'transfer_keep_alive', 'force_transfer', 'freeze', 'thaw', 'freeze_asset', 'thaw_asset', 'transfer_ownership', 'set_team', 'set_metadata', 'clear_metadata', 'force_set_metadata', 'force_clear_metadata', 'force_asset_status', 'approve_transfer', 'cancel_approval', 'force_cancel_approval', 'transfer_approved', 'touch', 'refund', 'set_min_balance', 'touch_other', 'refund_other', 'block', 'transfer_all', 'set_reserves'];
        Treasury: ['contribute', 'withdraw', 'set_rate', 'set_paused'];
    };
    events: {
        System: ['ExtrinsicSuccess', 'ExtrinsicFailed', 'CodeUpdated', 'NewAccount', 'KilledAccount', 'Remarked', 'UpgradeAuthorized', 'RejectedInvalidAuthorizedUpgrade'];
        Grandpa: ['NewAuthorities', 'Paused', 'Resumed'];
        Balances: ['Endowed', 'DustLost', 'Transfer', 'BalanceSet', 'Reserved', 'Unreserved', 'ReserveRepatriated', 'Deposit', 'Withdraw', 'Slashed', 'Minted', 'MintedCredit', 'Burned', 'BurnedDebt', 'Suspended', 'Restored', 'Upgraded', 'Issued', 'Rescinded', 'Locked', 'Unlocked', 'Frozen', 'Thawed', 'TotalIssuanceForced', 'Held', 'BurnedHeld', 'TransferOnHold', 'TransferAndHold', 'Released', 'Unexpected'];
        TransactionPayment: ['TransactionFeePaid'];
        Sudo: ['Sudid', 'KeyChanged', 'KeyRemoved', 'SudoAsDone'];
        MultiBlockMigrations: ['UpgradeStarted', 'UpgradeCompleted', 'UpgradeFailed', 'MigrationSkipped', 'MigrationAdvanced', 'MigrationCompleted', 'MigrationFailed', 'HistoricCleared'];
        Voting: ['CommunityCreated', 'MemberJoined', 'CommunityActivated', 'AccountWhitelisted', 'MemberLeft', 'ProposalPushed', 'Voted', 'VoteModified', 'VoteRetracted', 'ProposalClosed', 'ExecutorProposed', 'ExecutorChanged', 'ExecutionReported', 'VoteBudgetSet', 'DepositHeld', 'DepositReleased', 'VouchRemoved', 'OutcomePruned', 'ReceiptPruned', 'CommunityDissolving', 'CommunityCleaned', 'CommunityDissolved', 'JobQueued', 'ProposalUnfunded', 'ModelFunded', 'ModelFundsReturned', 'BondHeld', 'BondReleased', 'PaymentPending', 'PaymentDisputed', 'JobPaid', 'JobRefunded', 'DisputeResolved', 'JobExpired'];
        Consensus: ['ModelRegistered', 'PeerAdded', 'PeerRemoved', 'StakeReleased', 'ConsensusDataSubmitted', 'ConsensusDataUnconfirmed', 'ConsensusFormed', 'ModelSkipped', 'EffectsApplied', 'PenaltyForgiven', 'AccountRemoved', 'RewardPotEmpty', 'RewardsClaimed', 'ModelFunded', 'FundingCredited', 'FundingReturned'];
        Assets: ['Created', 'Issued', 'Transferred', 'Burned', 'TeamChanged', 'OwnerChanged', 'Frozen', 'Thawed', 'AssetFrozen', 'AssetThawed', 'AccountsDestroyed', 'ApprovalsDestroyed', 'DestructionStarted', 'Destroyed', 'ForceCreated', 'MetadataSet', 'MetadataCleared', 'ApprovedTransfer', 'ApprovalCancelled', 'TransferredApproved', 'AssetStatusChanged', 'AssetMinBalanceChanged', 'Touched', 'Blocked', 'Deposited', 'Withdrawn', 'ReservesUpdated', 'ReservesRemoved', 'IssuedCredit', 'BurnedCredit', 'IssuedDebt', 'BurnedDebt'];
        Treasury: ['Contributed', 'Withdrawn', 'PotOpened', 'PotEndowed', 'PotClosed', 'Reserved', 'Unreserved', 'Received', 'ReservedPaid', 'CreditsSpent', 'RateSet', 'PauseSet', 'DepositHeld', 'DepositReleased'];
    };
    errors: {
        System: ['InvalidSpecName', 'SpecVersionNeedsToIncrease', 'FailedToExtractRuntimeVersion', 'NonDefaultComposite', 'NonZeroRefCount', 'CallFiltered', 'MultiBlockMigrationsOngoing', 'NothingAuthorized', 'Unauthorized'];
        Grandpa: ['PauseFailed', 'ResumeFailed', 'ChangePending', 'TooSoon', 'InvalidKeyOwnershipProof', 'InvalidEquivocationProof', 'DuplicateOffenceReport'];
        Balances: ['VestingBalance', 'LiquidityRestrictions', 'InsufficientBalance', 'ExistentialDeposit', 'Expendability', 'ExistingVestingSchedule', 'DeadAccount', 'TooManyReserves', 'TooManyHolds', 'TooManyFreezes', 'IssuanceDeactivated', 'DeltaZero'];
        Sudo: ['RequireSudo'];
        MultiBlockMigrations: ['Ongoing'];
        Voting: ['InvalidBootstrapLimit', 'InvalidWhitelistThreshold', 'CommunityExists', 'UnknownCommunity', 'AlreadyMember', 'NotMember', 'NotWhitelisted', 'CandidateIsMember', 'AlreadyVouched', 'TooManyVouches', 'HasOutstandingVotes', 'CommunityNotActive', 'CommunityAlreadyActive', 'TooManyOpenProposals', 'EmptyMetadata', 'UnknownProposal', 'VotingClosed', 'VotingStillOpen', 'AlreadyVoted', 'NoVote', 'ZeroPower', 'VoteCostOverflow', 'InsufficientBalance', 'ProposalNotClosed', 'InsufficientBudget', 'BudgetBelowCommitted', 'TooManyVotes', 'ExecutionBacklogFull', 'NotCreator', 'NotExecutor', 'ProposalNotPassed', 'AlreadyReported', 'CannotHoldDeposit', 'BootstrapLimitTooHigh', 'TooManyProposalsByMember', 'HasOpenProposals', 'NoVouch', 'RetentionNotOver', 'ExecutionPending', 'NoOutcome', 'NoReceipt', 'HasPendingExecutions', 'CommunityDissolving', 'CommunityNotDissolving', 'NotProposedExecutor', 'NotQueued', 'ExecutorChangesByVote', 'Overflow', 'ZeroBudget', 'CannotReserveBudget', 'InsufficientCredits', 'CannotHoldBond', 'NotExpired', 'NoPayment', 'PaymentDisputed', 'PayoutDelayNotOver', 'DisputeWindowOver', 'NotDisputed', 'CannotReportExpired', 'ZeroEpochs', 'HasUnsettledPayments'];
        Consensus: ['InvalidPath', 'ModelExists', 'TooManyModels', 'UnknownModel', 'InvalidPeerId', 'StakeTooLow', 'InsufficientBalance', 'AlreadyPeer', 'PeerIdTaken', 'TooManyPeers', 'TooManyFundings', 'ZeroFundingEpochs', 'ZeroFundingAmount', 'NoFunding', 'StakeCoolingDown', 'OutsidePeerWindow', 'InPeerWindow', 'ConsensusInProgress', 'NotModelPeer', 'TooManyPenalties', 'ModelNotMature', 'PeerNotMature', 'NotEnoughEligiblePeers', 'AlreadySubmitted', 'AlreadyUnconfirmed', 'EmptyData', 'TooMuchData', 'ScoreOutOfRange', 'UnsortedUids', 'UnknownUid', 'NothingToClaim', 'NothingToRelease', 'Overflow'];
        Assets: ['BalanceLow', 'NoAccount', 'NoPermission', 'Unknown', 'Frozen', 'InUse', 'BadWitness', 'MinBalanceZero', 'UnavailableConsumer', 'BadMetadata', 'Unapproved', 'WouldDie', 'AlreadyExists', 'NoDeposit', 'WouldBurn', 'LiveAsset', 'AssetNotLive', 'IncorrectStatus', 'NotFrozen', 'CallbackFailed', 'BadAssetId', 'AssetIdAllocationFailed', 'ContainsFreezes', 'ContainsHolds', 'TooManyReserves', 'IncompleteDepositTransfer'];
        Treasury: ['ZeroAmount', 'UnknownCommunity', 'NotMember', 'Paused', 'InsufficientPaymentAsset', 'ContributionTooSmall', 'PotDepleted', 'Overflow', 'NoPosition', 'InsufficientShares', 'OutstandingVotes', 'NativeTokensFrozen', 'NativeTokensMissing', 'CannotHoldDeposit', 'NoPot', 'InsufficientFreeValue', 'InsufficientReserved', 'InsufficientCredits', 'WouldLeaveDust'];
    };
    constants: {
        System: ['BlockWeights', 'BlockLength', 'BlockHashCount', 'DbWeight', 'Version', 'SS58Prefix'];
        Timestamp: ['MinimumPeriod'];
        Aura: ['SlotDuration'];
        Grandpa: ['MaxAuthorities', 'MaxNominators', 'MaxSetIdSessionEntries'];
        Balances: ['ExistentialDeposit', 'MaxLocks', 'MaxReserves', 'MaxFreezes'];
        TransactionPayment: ['OperationalFeeMultiplier'];
        MultiBlockMigrations: ['CursorMaxLen', 'IdentifierMaxLen'];
        Voting: ['VotePrice', 'VotingPeriod', 'MaxMetadataLen', 'MaxOpenProposals', 'MaxWhitelistThreshold', 'MaxBootstrapMembers', 'MaxVotesPerVoter', 'MaxProposalsPerMember', 'DepositBase', 'DepositPerByte', 'RetentionPeriod', 'DefaultMinTurnout', 'FeeReserve', 'ExecutorBond', 'ExpirySlash', 'ExecutionTimeout', 'PayoutDelay', 'DisputeDeposit'];
        Consensus: ['PalletId', 'PenaltySlash', 'RemovalSlash', 'EpochLength', 'PeerChangeWindow', 'MinStake', 'StakeCooldownEpochs', 'MaxModels', 'MaxModelPeers', 'MaxPathLen', 'MaxPeerIdLen', 'MinModelPeers', 'MinRequiredPeerConsensusInclusionEpochs', 'MinRequiredPeerConsensusSubmitEpochs', 'MinRequiredModelConsensusSubmitEpochs', 'ModelPeerConsensusSubmitPercentRequirement', 'ModelConsensusUnconfirmedThreshold', 'PeerRemovalThreshold', 'PeerAgainstConsensusRemovalThreshold', 'MaximumOutlierDeltaPercent', 'MaxAccountPenaltyCount', 'PenaltyDecayEpochs', 'EpochReward', 'MaxConsensusWeight', 'MaxFreeCallsPerBlock', 'PaymentAssetId', 'MaxFundingsPerModel'];
        Assets: ['RemoveItemsLimit', 'AssetDeposit', 'AssetAccountDeposit', 'MetadataDepositBase', 'MetadataDepositPerByte', 'ApprovalDeposit', 'StringLimit'];
        Treasury: ['PaymentAssetId', 'PalletId', 'DefaultNativePerPayment', 'MaxSharesPerValue', 'DepositBase', 'DepositPerByte'];
    };
    viewFns: {
        MultiBlockMigrations: ['ongoing_status', 'progress', 'affected_prefixes', 'status'];
        Assets: ['asset_details', 'balance_of', 'get_metadata', 'get_reserves_data'];
    };
    apis: {
        Core: ['version', 'execute_block', 'initialize_block'];
        Metadata: ['metadata', 'metadata_at_version', 'metadata_versions'];
        RuntimeViewFunction: ['execute_view_function'];
        BlockBuilder: ['apply_extrinsic', 'finalize_block', 'inherent_extrinsics', 'check_inherents'];
        TaggedTransactionQueue: ['validate_transaction'];
        OffchainWorkerApi: ['offchain_worker'];
        AuraApi: ['slot_duration', 'authorities'];
        SessionKeys: ['generate_session_keys', 'decode_session_keys'];
        GrandpaApi: ['grandpa_authorities', 'submit_report_equivocation_unsigned_extrinsic', 'generate_key_ownership_proof', 'current_set_id'];
        AccountNonceApi: ['account_nonce'];
        TransactionPaymentApi: ['query_info', 'query_fee_details', 'query_weight_to_fee', 'query_length_to_fee'];
        TransactionPaymentCallApi: ['query_call_info', 'query_call_fee_details', 'query_weight_to_fee', 'query_length_to_fee'];
        VotingApi: ['proposal', 'frozen_budget', 'whitelist_progress', 'community', 'can_deregister', 'pending_executions', 'execution_receipt', 'job_status', 'reserved', 'claimable_payments'];
        TreasuryApi: ['pot', 'position', 'native_per_payment', 'quote_contribute', 'quote_withdraw'];
        ConsensusApi: ['model_peers', 'penalty_count', 'submit_status', 'current_epoch', 'model_funding', 'participation'];
        Benchmark: ['benchmark_metadata', 'dispatch_benchmark'];
        GenesisBuilder: ['build_state', 'get_preset', 'preset_names'];
    };
};
export type DaoWhitelistEntry = PalletKey | `query.${NestedKey<AllInteractions['storage']>}` | `tx.${NestedKey<AllInteractions['tx']>}` | `event.${NestedKey<AllInteractions['events']>}` | `error.${NestedKey<AllInteractions['errors']>}` | `const.${NestedKey<AllInteractions['constants']>}` | `view.${NestedKey<AllInteractions['viewFns']>}` | `api.${NestedKey<AllInteractions['apis']>}`;
type PalletKey = `*.${({
    [K in keyof AllInteractions]: K extends 'apis' ? never : keyof AllInteractions[K];
})[keyof AllInteractions]}`;
type NestedKey<D extends Record<string, string[]>> = "*" | {
    [P in keyof D & string]: `${P}.*` | `${P}.${D[P][number]}`;
}[keyof D & string];
