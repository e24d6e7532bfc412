//! Pure rules of SPEC §3–§5: technology levels, qualification and salary.
//! Nothing here may touch the browser, so it builds and tests natively.
