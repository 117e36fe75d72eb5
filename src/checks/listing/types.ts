/** A listing file that cannot be read as its format: the message names what is wrong, the caller names the file. */
export class ListingFileError extends Error {}
