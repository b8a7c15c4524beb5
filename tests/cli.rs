//! The integration tests: one binary (fewer link steps), areas under `cases/`.
mod cases;
