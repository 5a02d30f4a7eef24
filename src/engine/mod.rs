//! The pure decision engine: answers in, verdict and plan out (being written).
