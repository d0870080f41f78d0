// The default time limit of a submission, stated once: the engine applies it, `grade --help`,
// `grade batch --help` and the options read it. A leaf module, so help loads nothing else.

/** Wall-clock limit of a whole submission, unless --time-limit says otherwise. */
export const DEFAULT_TIME_LIMIT_SECONDS = 120;
