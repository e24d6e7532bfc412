//! The grade matrices of the seeds, embedded at compile time.
