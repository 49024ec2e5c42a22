// env: a Rust std program (wasm32-wasi): prints its arguments and its
// environment sorted, reads "key=value" lines from stdin and prints them
// sorted by key as JSON, lists the preopened directory /data sorted, and
// exits with status 7 when the first argument is "fail".
use std::collections::BTreeMap;
use std::io::{self, BufRead, Write};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    println!("args: {:?}", &args[1..]);
    let mut vars: Vec<(String, String)> = std::env::vars().collect();
    vars.sort();
    println!("env: {:?}", vars);
    let mut map = BTreeMap::new();
    for line in io::stdin().lock().lines() {
        let line = line.expect("stdin");
        if let Some((k, v)) = line.split_once('=') {
            map.insert(k.trim().to_string(), v.trim().to_string());
        }
    }
    let body: Vec<String> = map.iter().map(|(k, v)| format!("{:?}: {:?}", k, v)).collect();
    println!("{{{}}}", body.join(", "));
    let mut names: Vec<String> = std::fs::read_dir("/data")
        .expect("read_dir /data")
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    println!("dir: {:?}", names);
    eprintln!("done");
    io::stdout().flush().unwrap();
    if args.get(1).map(|s| s.as_str()) == Some("fail") {
        std::process::exit(7);
    }
}
