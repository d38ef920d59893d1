import { default as dao, type DaoWhitelistEntry } from "./dao";
export { dao };
export type * from "./dao";
export { DigestItem, Phase, DispatchClass, TokenError, ArithmeticError, TransactionalError, GrandpaEvent, BalanceStatus, TransactionPaymentEvent, GrandpaStoredState, BalancesTypesReasons, TransactionPaymentReleases, GrandpaEquivocation, MultiAddress, BalancesAdjustmentDirection, TransactionValidityUnknownTransaction, TransactionValidityTransactionSource } from './common-types';
export declare const getMetadata: (codeHash: string) => Promise<Uint8Array | null>;
export type WhitelistEntry = DaoWhitelistEntry;
export type WhitelistEntriesByChain = Partial<{
    "*": WhitelistEntry[];
    dao: WhitelistEntry[];
}>;
