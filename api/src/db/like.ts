/** A contains-search for ILIKE: %, _ and \ typed by a user match themselves, not any text. */
export const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
