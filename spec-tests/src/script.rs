//! Runs one `.wast` script against the engine, directive by directive.
//!
//! The directives and their meaning are those of the spec interpreter's
//! script format (`interpreter/README.md` of the spec repository, "Scripts").
//! Each directive gets a [`Verdict`]; an engine panic inside a directive is
//! caught and becomes a failure, so one bad directive never ends the script.

use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};

use wasmjit::{
    BoundsChecks, Engine, Error, Extern, Instance, Module, SimdIsa, Store, StoreLimits, TrapKind,
    Val, WasmFeatures,
};
use wast::lexer::Lexer;
use wast::parser::{self, ParseBuffer};
use wast::token::{Id, Span};
use wast::{QuoteWat, Wast, WastDirective, WastExecute, WastInvoke};

use crate::spectest;
use crate::values::{arg_to_val, describe_val, match_result, ExternRefs};

/// What happened to one directive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The engine behaved as the directive requires.
    Passed,
    /// It did not (or the directive could not be run); the text says why.
    Failed(String),
    /// The directive is outside what the suite requires of an engine (the
    /// text says why). Never used for features the engine lacks.
    Skipped(String),
}

/// The verdict on one directive of a script.
#[derive(Clone, Debug)]
pub struct DirectiveResult {
    /// 1-based line of the directive in the script.
    pub line: usize,
    /// The directive's kind as written in scripts (`assert_return`, `module`, ...).
    pub kind: &'static str,
    /// The verdict.
    pub verdict: Verdict,
}

/// How the engine a script runs on is made; `None` fields take the
/// engine's defaults ([`Engine::default`]: guard pages where the process
/// can reserve them, the best [`SimdIsa`] of the CPU, [`Engine::FEATURES`]).
#[derive(Clone, Copy, Debug, Default)]
pub struct EngineConfig {
    pub checks: Option<BoundsChecks>,
    pub simd_isa: Option<SimdIsa>,
    pub features: Option<WasmFeatures>,
}

impl EngineConfig {
    /// The configuration for a script of `suite`: the `wasm-2.0` suite
    /// runs with Wasm 2.0's features alone, as its scripts expect (a
    /// second memory is invalid there, the memory index of
    /// `memory.size`/`memory.grow` a single zero byte).
    pub fn for_suite(self, suite: Option<&str>) -> EngineConfig {
        match suite {
            Some("wasm-2.0") => EngineConfig {
                features: Some(WasmFeatures::WASM2),
                ..self
            },
            _ => self,
        }
    }
}

/// Parses and runs the script `text` (`path` is only used in messages) on
/// an engine configured as `config` says.
/// Returns one result per directive in script order; a script that does not
/// parse yields a single failed result (kind `parse`) at the error's line.
///
/// Must run on a thread with a large native stack: wasm recursion tests use
/// the native stack up to the engine's limit, and the engine runs on the
/// caller's stack.
pub fn run_script(path: &str, text: &str, config: EngineConfig) -> Vec<DirectiveResult> {
    // The suite's `names.wast` uses bidirectional-override characters in
    // names on purpose; the text format allows them.
    let mut lexer = Lexer::new(text);
    lexer.allow_confusing_unicode(true);
    let buf = match ParseBuffer::new_with_lexer(lexer) {
        Ok(b) => b,
        Err(e) => return vec![parse_failure(path, text, e)],
    };
    let wast = match parser::parse::<Wast>(&buf) {
        Ok(w) => w,
        Err(e) => return vec![parse_failure(path, text, e)],
    };
    let mut runner = match Runner::new(config) {
        Ok(r) => r,
        Err(e) => {
            return vec![DirectiveResult {
                line: 1,
                kind: "spectest",
                verdict: Verdict::Failed(format!("cannot create the spectest module: {e}")),
            }]
        }
    };
    let mut results = Vec::with_capacity(wast.directives.len());
    for directive in wast.directives {
        let line = line_of(text, directive.span());
        let kind = kind_of(&directive);
        let outcome = catch_unwind(AssertUnwindSafe(|| runner.run(directive)));
        let verdict = outcome.unwrap_or_else(|payload| {
            let msg = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "(non-string payload)".into());
            Verdict::Failed(format!("panic: {msg}"))
        });
        results.push(DirectiveResult {
            line,
            kind,
            verdict,
        });
    }
    results
}

fn parse_failure(path: &str, text: &str, mut e: wast::Error) -> DirectiveResult {
    e.set_text(text);
    e.set_path(std::path::Path::new(path));
    DirectiveResult {
        line: line_of(text, e.span()),
        kind: "parse",
        verdict: Verdict::Failed(format!("script does not parse: {}", e.message())),
    }
}

fn line_of(text: &str, span: Span) -> usize {
    span.linecol_in(text).0 + 1
}

/// The directive's keyword, as used in the expected-failures files.
fn kind_of(d: &WastDirective) -> &'static str {
    match d {
        WastDirective::Module(_) => "module",
        WastDirective::ModuleDefinition(_) => "module_definition",
        WastDirective::ModuleInstance { .. } => "module_instance",
        WastDirective::AssertMalformed { .. } => "assert_malformed",
        WastDirective::AssertInvalid { .. } => "assert_invalid",
        WastDirective::AssertInvalidCustom { .. } => "assert_invalid_custom",
        WastDirective::AssertMalformedCustom { .. } => "assert_malformed_custom",
        WastDirective::Register { .. } => "register",
        WastDirective::Invoke(_) => "invoke",
        WastDirective::AssertTrap {
            exec: WastExecute::Wat(_),
            ..
        } => "assert_uninstantiable",
        WastDirective::AssertTrap { .. } => "assert_trap",
        WastDirective::AssertReturn { .. } => "assert_return",
        WastDirective::AssertExhaustion { .. } => "assert_exhaustion",
        WastDirective::AssertUnlinkable { .. } => "assert_unlinkable",
        WastDirective::AssertException { .. } => "assert_exception",
        WastDirective::AssertSuspension { .. } => "assert_suspension",
        WastDirective::Thread(_) => "thread",
        WastDirective::Wait { .. } => "wait",
    }
}

/// Whether a trap's text matches the script's expected text. The suite's
/// texts are sometimes longer ("uninitialized element 2") or shorter than
/// the engine's canonical message, so either being a prefix of the other
/// counts, as does the engine's text appearing inside the expected one.
pub fn trap_text_matches(actual: &str, expected: &str) -> bool {
    expected.starts_with(actual) || actual.starts_with(expected) || expected.contains(actual)
}

/// Why an action did not produce results.
enum ActionError {
    /// The engine reported an error (a trap, a usage error, ...).
    Engine(Error),
    /// The script itself could not be carried out (unknown module or export).
    Script(String),
}

impl ActionError {
    fn describe(&self) -> String {
        match self {
            ActionError::Engine(e) => format!("engine error: {e}"),
            ActionError::Script(m) => m.clone(),
        }
    }
}

/// State of one script run: a store with the `spectest` module, the
/// registered and named instances, and the current module's instance.
struct Runner {
    engine: Engine,
    store: Store,
    spectest: HashMap<String, Extern>,
    /// `register`ed instances by their import module name.
    registered: HashMap<String, Instance>,
    /// Instances named `$id` in the script.
    named: HashMap<String, Instance>,
    /// Module definitions (`module definition $id`) by name.
    definitions: HashMap<String, Module>,
    /// The most recent module's instance; `None` after a module failed.
    current: Option<Instance>,
    refs: ExternRefs,
}

impl Runner {
    fn new(config: EngineConfig) -> wasmjit::Result<Runner> {
        let engine = match config {
            EngineConfig {
                checks: None,
                simd_isa: None,
                features: None,
            } => Engine::default(),
            EngineConfig {
                checks,
                simd_isa,
                features,
            } => Engine::with_features(
                StoreLimits::default(),
                checks.unwrap_or_else(|| Engine::default().bounds_checks()),
                simd_isa.unwrap_or_else(SimdIsa::host),
                features.unwrap_or(Engine::FEATURES),
            )?,
        };
        let mut store = Store::new(&engine);
        let spectest = spectest::create(&mut store)?;
        Ok(Runner {
            engine,
            store,
            spectest,
            registered: HashMap::new(),
            named: HashMap::new(),
            definitions: HashMap::new(),
            current: None,
            refs: ExternRefs::default(),
        })
    }

    fn run(&mut self, directive: WastDirective) -> Verdict {
        match self.run_inner(directive) {
            Ok(v) => v,
            Err(msg) => Verdict::Failed(msg),
        }
    }

    fn run_inner(&mut self, directive: WastDirective) -> Result<Verdict, String> {
        use WastDirective as D;
        match directive {
            D::Module(mut qw) => {
                self.current = None;
                let name = qw.name();
                let module = self.compile(&mut qw)?;
                let instance = self
                    .instantiate(&module)
                    .map_err(|e| format!("instantiation failed: {e}"))?;
                self.bind(name, instance);
                Ok(Verdict::Passed)
            }
            D::ModuleDefinition(mut qw) => {
                let name = qw.name();
                let module = self.compile(&mut qw)?;
                if let Some(id) = name {
                    self.definitions.insert(id.name().to_string(), module);
                }
                Ok(Verdict::Passed)
            }
            D::ModuleInstance {
                instance, module, ..
            } => {
                self.current = None;
                let def = module
                    .and_then(|m| self.definitions.get(m.name()).cloned())
                    .ok_or("module instance of an unknown module definition")?;
                let inst = self
                    .instantiate(&def)
                    .map_err(|e| format!("instantiation failed: {e}"))?;
                self.bind(instance, inst);
                Ok(Verdict::Passed)
            }
            D::Register { name, module, .. } => {
                let inst = self.instance(module)?;
                self.registered.insert(name.to_string(), inst);
                Ok(Verdict::Passed)
            }
            D::Invoke(call) => {
                self.invoke(&call).map_err(|e| e.describe())?;
                Ok(Verdict::Passed)
            }
            D::AssertReturn { exec, results, .. } => {
                let actual = self.execute(exec).map_err(|e| e.describe())?;
                if actual.len() != results.len() {
                    return Err(format!(
                        "expected {} results, got {}",
                        results.len(),
                        actual.len()
                    ));
                }
                for (i, (e, a)) in results.iter().zip(&actual).enumerate() {
                    match_result(&self.store, e, a).map_err(|m| format!("result {i}: {m}"))?;
                }
                Ok(Verdict::Passed)
            }
            D::AssertTrap { exec, message, .. } => self.assert_trap(exec, message),
            D::AssertExhaustion { call, message, .. } => match self.invoke(&call) {
                Err(ActionError::Engine(Error::Trap(t))) if t.kind() == TrapKind::StackOverflow => {
                    Ok(Verdict::Passed)
                }
                Err(ActionError::Engine(Error::Trap(t))) => Err(format!(
                    "expected exhaustion \"{message}\", got trap \"{}\"",
                    t.kind().message()
                )),
                Err(e) => Err(e.describe()),
                Ok(v) => Err(format!(
                    "expected exhaustion \"{message}\", returned {}",
                    self.describe_vals(&v)
                )),
            },
            D::AssertInvalid {
                mut module,
                message,
                ..
            } => {
                let bytes = module
                    .encode()
                    .map_err(|e| format!("text module does not encode: {e}"))?;
                match Module::new(&self.engine, &bytes) {
                    Err(Error::Invalid { .. }) => Ok(Verdict::Passed),
                    Err(e) => Err(format!("expected invalid (\"{message}\"), got: {e}")),
                    Ok(_) => Err(format!(
                        "expected invalid (\"{message}\"), module validated"
                    )),
                }
            }
            D::AssertMalformed {
                mut module,
                message,
                ..
            } => {
                // A text module the text format rejects is malformed as required.
                let Ok(bytes) = module.encode() else {
                    return Ok(Verdict::Passed);
                };
                match Module::new(&self.engine, &bytes) {
                    Err(Error::Invalid { .. }) => Ok(Verdict::Passed),
                    Err(e) => Err(format!("expected malformed (\"{message}\"), got: {e}")),
                    Ok(_) => Err(format!(
                        "expected malformed (\"{message}\"), module decoded"
                    )),
                }
            }
            D::AssertUnlinkable {
                mut module,
                message,
                ..
            } => {
                let bytes = module
                    .encode()
                    .map_err(|e| format!("text module does not encode: {e}"))?;
                let m = Module::new(&self.engine, &bytes).map_err(|e| format!("compile: {e}"))?;
                match self.instantiate(&m) {
                    Err(Error::Link(_)) => Ok(Verdict::Passed),
                    Err(e) => Err(format!("expected unlinkable (\"{message}\"), got: {e}")),
                    Ok(_) => Err(format!("expected unlinkable (\"{message}\"), it linked")),
                }
            }
            D::AssertInvalidCustom { .. } | D::AssertMalformedCustom { .. } => Ok(
                Verdict::Skipped("custom-section checks are optional in the spec".into()),
            ),
            D::AssertException { .. }
            | D::AssertSuspension { .. }
            | D::Thread(_)
            | D::Wait { .. } => Err("directive of a proposal the runner does not support".into()),
        }
    }

    fn assert_trap(&mut self, exec: WastExecute, message: &str) -> Result<Verdict, String> {
        let is_module = matches!(exec, WastExecute::Wat(_));
        let actual = match self.execute(exec) {
            Ok(_) if is_module => {
                return Err(format!("expected trap \"{message}\", it instantiated"))
            }
            Ok(v) => {
                return Err(format!(
                    "expected trap \"{message}\", returned {}",
                    self.describe_vals(&v)
                ))
            }
            Err(ActionError::Engine(Error::Trap(t))) => t.kind().message().to_string(),
            Err(ActionError::Engine(Error::Instantiation(m))) if is_module => m,
            Err(e) => return Err(format!("expected trap \"{message}\", got {}", e.describe())),
        };
        if trap_text_matches(&actual, message) {
            Ok(Verdict::Passed)
        } else {
            Err(format!(
                "expected trap \"{message}\", got trap \"{actual}\""
            ))
        }
    }

    fn describe_vals(&self, vals: &[Val]) -> String {
        let all: Vec<String> = vals.iter().map(|v| describe_val(&self.store, v)).collect();
        format!("[{}]", all.join(", "))
    }

    fn bind(&mut self, name: Option<Id>, instance: Instance) {
        if let Some(id) = name {
            self.named.insert(id.name().to_string(), instance);
        }
        self.current = Some(instance);
    }

    fn compile(&self, qw: &mut QuoteWat) -> Result<Module, String> {
        let bytes = qw
            .encode()
            .map_err(|e| format!("text module does not encode: {e}"))?;
        Module::new(&self.engine, &bytes).map_err(|e| format!("compile: {e}"))
    }

    /// Resolves the module's imports against `spectest` and the registered
    /// instances, then instantiates it.
    fn instantiate(&mut self, module: &Module) -> wasmjit::Result<Instance> {
        let mut imports = Vec::with_capacity(module.imports().len());
        for imp in module.imports() {
            let found = if imp.module == "spectest" {
                self.spectest.get(&imp.name).copied()
            } else {
                self.registered
                    .get(&imp.module)
                    .and_then(|i| i.get_export(&self.store, &imp.name))
            };
            let ext = found.ok_or_else(|| {
                Error::Link(format!("unknown import `{}`.`{}`", imp.module, imp.name))
            })?;
            imports.push(ext);
        }
        Instance::new(&mut self.store, module, &imports)
    }

    fn instance(&self, name: Option<Id>) -> Result<Instance, String> {
        match name {
            Some(id) => self
                .named
                .get(id.name())
                .copied()
                .ok_or_else(|| format!("unknown module ${}", id.name())),
            None => self.current.ok_or_else(|| "no current module".to_string()),
        }
    }

    fn execute(&mut self, exec: WastExecute) -> Result<Vec<Val>, ActionError> {
        match exec {
            WastExecute::Invoke(call) => self.invoke(&call),
            WastExecute::Wat(mut wat) => {
                let bytes = wat.encode().map_err(|e| {
                    ActionError::Script(format!("text module does not encode: {e}"))
                })?;
                let module = Module::new(&self.engine, &bytes).map_err(ActionError::Engine)?;
                self.instantiate(&module).map_err(ActionError::Engine)?;
                Ok(Vec::new())
            }
            WastExecute::Get { module, global, .. } => {
                let inst = self.instance(module).map_err(ActionError::Script)?;
                match inst.get_export(&self.store, global) {
                    Some(Extern::Global(g)) => Ok(vec![g.get(&self.store)]),
                    _ => Err(ActionError::Script(format!(
                        "no global export \"{global}\""
                    ))),
                }
            }
        }
    }

    fn invoke(&mut self, call: &WastInvoke) -> Result<Vec<Val>, ActionError> {
        let inst = self.instance(call.module).map_err(ActionError::Script)?;
        let func = inst
            .get_func(&self.store, call.name)
            .ok_or_else(|| ActionError::Script(format!("no function export \"{}\"", call.name)))?;
        let mut args = Vec::with_capacity(call.args.len());
        for a in &call.args {
            args.push(arg_to_val(&mut self.store, &mut self.refs, a).map_err(ActionError::Script)?);
        }
        func.call(&mut self.store, &args)
            .map_err(ActionError::Engine)
    }
}
