//! The vector instruction set of an engine's `v128` code.

/// The x86-64 vector instruction set an engine's `v128` code is generated
/// for, fixed when the engine is made ([`crate::Engine::with_simd_isa`])
/// and recorded in serialized modules, which a machine without it refuses
/// (`engine.rs`, `CPU_FEATURES`). Both give the same results, bit for bit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SimdIsa {
    /// SSE4.1 (with SSSE3 and SSE4.2): two-operand forms, so an operand
    /// still needed afterwards is copied first.
    Sse41,
    /// AVX's VEX encodings of the same operations: three-operand forms
    /// (no copies) and unaligned memory operands where AVX has them, AVX2's
    /// broadcasts for splats, SSE4.1 sequences for the rest
    /// (`compiler/isa/x64/simd_avx.rs`). Needs AVX and AVX2 (every x86-64
    /// CPU with AVX since Intel Haswell, 2013, and AMD Excavator, 2015).
    Avx,
}

impl SimdIsa {
    /// The best instruction set this CPU has: [`SimdIsa::Avx`] when
    /// `is_x86_feature_detected!` finds AVX and AVX2 (which includes the
    /// operating system saving the YMM registers), else [`SimdIsa::Sse41`].
    /// Always `Sse41` on 32-bit x86, whose code generator has the SSE forms
    /// only (`compiler/isa/ia32/simd.rs`; engines there refuse `Avx`).
    pub fn host() -> SimdIsa {
        if cfg!(target_arch = "x86_64")
            && std::arch::is_x86_feature_detected!("avx")
            && std::arch::is_x86_feature_detected!("avx2")
        {
            SimdIsa::Avx
        } else {
            SimdIsa::Sse41
        }
    }
}
