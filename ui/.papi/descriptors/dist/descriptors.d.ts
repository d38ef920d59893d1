export declare const Dao: Record<string, object>;
