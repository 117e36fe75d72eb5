/** OWNER/NAME as GitHub allows them: the owner letters, digits and hyphens, the name also dots and underscores. */
export const REPOSITORY_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/(?!\.\.?$)[A-Za-z0-9._-]{1,100}$/;
