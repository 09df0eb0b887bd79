/**
 * The one item-id pattern: a Kuaishou item id is digits only (1 to 30). It is a storage key and
 * the first cell of the CSV export, so the message schema, the URL reader, the recorder and the
 * adapters all test it here. Ids found in page *text* need a label and at least 5 digits, so a
 * stray number is never taken for one.
 */
export const ITEM_ID = /^\d{1,30}$/;

export const isItemId = (text: string): boolean => ITEM_ID.test(text);

/**
 * Every form the pages print an id in: `ID: x`, `ID：x`, `商品ID x`, `商品ID：x`, `商品编号 x`,
 * `商品编号：x`. A plain `ID` needs its colon (`IDEA 123` is no id); the digits must stand alone
 * (`ID: 123456789012345678901234567890123` is not cut to 30 digits).
 */
const LABELLED_ID = /(?:商品\s*(?:ID|编号)\s*[:：]?|(?<![A-Za-z])ID\s*[:：])\s*(\d{5,30})(?!\d)/i;

/** `商品ID：25812911600001`, `ID: 2581…` → the id; null when the text names none. */
export function readItemId(text: string): string | null {
  return LABELLED_ID.exec(text)?.[1] ?? null;
}

/** A row key that is an id on its own (5 to 30 digits, like one a text would name). */
export const isRowKeyId = (key: string): boolean => /^\d{5,30}$/.test(key);
