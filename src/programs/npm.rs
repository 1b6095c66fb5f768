//! `npm install` and `npm ci` (small): resolve `package.json` dependencies or named packages
//! from the simulated registry, lay out `node_modules` with declared sizes, and report
//! `added N packages` as npm does.

use super::pkg;
use crate::internet::clock::cost;
use crate::internet::npm::{self, NpmError};
use crate::sh::{Invocation, Machine};

/// `npm`.
pub(crate) fn npm<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let args: Vec<String> = inv.args().to_vec();
    let Some(cmd) = args.iter().find(|a| !a.starts_with('-')).cloned() else {
        if args.iter().any(|a| a == "-v" || a == "--version") {
            inv.out("10.8.2\n");
            return 0;
        }
        inv.out("npm <command>\n\nUsage:\n\nnpm install        install all the dependencies in your project\nnpm install <foo>  add the <foo> dependency to your project\nnpm ci             install exactly what the lock file says\n\nnpm@10.8.2 (simulated by layerlab)\n");
        return 1;
    };
    let names: Vec<String> = args
        .iter()
        .skip_while(|a| **a != cmd)
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .cloned()
        .collect();
    match cmd.as_str() {
        "install" | "i" | "add" => install(inv, &names, false),
        "ci" => install(inv, &[], true),
        other => {
            inv.err(format!("Unknown command: \"{other}\"\n\nTo see a list of supported npm commands, run:\n  npm help\n"));
            1
        }
    }
}

fn read_json<M: Machine + ?Sized>(
    inv: &Invocation<'_, M>,
    path: &str,
) -> Option<serde_json::Value> {
    let text = inv.fs().read_string(path).ok()?;
    serde_json::from_str(&text).ok()
}

fn install<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>, names: &[String], ci: bool) -> i32 {
    let pkg_path = inv.resolve("package.json");
    let lock_path = inv.resolve("package-lock.json");
    let manifest = read_json(inv, &pkg_path);
    if ci && !inv.fs().exists(&lock_path) {
        inv.err("npm error code EUSAGE\nnpm error\nnpm error `npm ci` installs exactly what package-lock.json records, and there is no\nnpm error package-lock.json here. Run `npm install` first to create one.\nnpm error\nnpm error Clean install a project\nnpm error\nnpm error Usage:\nnpm error npm ci\n");
        return 1;
    }
    let mut requests: Vec<(String, String)> = Vec::new();
    if let Some(deps) = manifest
        .as_ref()
        .and_then(|m| m.get("dependencies"))
        .and_then(|d| d.as_object())
    {
        for (k, v) in deps {
            requests.push((k.clone(), v.as_str().unwrap_or("*").to_string()));
        }
    }
    let mut added: Vec<(String, String)> = Vec::new();
    for n in names {
        // `name@range`; a scoped name starts with `@` itself.
        let at = n
            .char_indices()
            .skip(1)
            .find(|(_, c)| *c == '@')
            .map(|(i, _)| i);
        let (name, range) = match at {
            Some(i) => (n[..i].to_string(), n[i + 1..].to_string()),
            None => (n.clone(), "latest".to_string()),
        };
        requests.retain(|(k, _)| *k != name);
        requests.push((name.clone(), range));
        added.push((name, String::new()));
    }
    if requests.is_empty() && manifest.is_none() && names.is_empty() {
        inv.err(format!("npm error code ENOENT\nnpm error syscall open\nnpm error path {pkg_path}\nnpm error errno -2\nnpm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '{pkg_path}'\nnpm error enoent This is related to npm not being able to find a file.\nnpm error enoent\n"));
        return 254;
    }
    let reqs: Vec<(&str, &str)> = requests
        .iter()
        .map(|(n, r)| (n.as_str(), r.as_str()))
        .collect();
    let placements = match npm::resolve(&reqs) {
        Ok(p) => p,
        Err(NpmError::NotFound(n)) => {
            inv.err(format!("npm error code E404\nnpm error 404 Not Found - GET https://registry.npmjs.org/{n} - Not found\nnpm error 404\nnpm error 404  '{n}@*' is not in this registry.\n"));
            return 1;
        }
        Err(NpmError::NoTarget(n, r)) => {
            inv.err(format!("npm error code ETARGET\nnpm error notarget No matching version found for {n}@{r}.\nnpm error notarget In most cases you or one of your dependencies are requesting\nnpm error notarget a package version that doesn't exist.\n"));
            return 1;
        }
    };
    let cwd = inv.cwd.clone();
    let mut lock = serde_json::Map::new();
    let mut download = 0u64;
    for p in &placements {
        let dir = format!("{cwd}/{}", p.path);
        let meta = serde_json::json!({"name": p.version.name, "version": p.version.version});
        pkg::put_text(
            inv.fs_mut(),
            &format!("{dir}/package.json"),
            &format!("{meta:#}\n"),
        );
        pkg::put_declared(
            inv.fs_mut(),
            &format!("{dir}/index.js"),
            p.version.size,
            &format!("the npm package {}@{}", p.version.name, p.version.version),
            0o644,
        );
        download = download.saturating_add(p.version.size);
        lock.insert(
            p.path.clone(),
            serde_json::json!({"version": p.version.version}),
        );
    }
    // Record what was asked for by name, as `npm install NAME` saves it.
    if !names.is_empty() {
        let mut m = manifest.unwrap_or_else(|| serde_json::json!({}));
        if let Some(obj) = m.as_object_mut() {
            let deps = obj
                .entry("dependencies")
                .or_insert_with(|| serde_json::json!({}));
            if let Some(d) = deps.as_object_mut() {
                for (n, _) in &added {
                    if let Some(p) = placements.iter().find(|p| p.version.name == *n) {
                        d.insert(
                            n.clone(),
                            serde_json::json!(format!("^{}", p.version.version)),
                        );
                    }
                }
            }
        }
        pkg::put_text(inv.fs_mut(), &pkg_path, &format!("{m:#}\n"));
    }
    let lock_doc = serde_json::json!({"lockfileVersion": 3, "requires": true, "packages": lock});
    pkg::put_text(inv.fs_mut(), &lock_path, &format!("{lock_doc:#}\n"));
    let mut rng = pkg::rng(inv);
    let ms = cost::npm_install(&mut rng, placements.len() as u64, download);
    pkg::spend(inv, ms);
    let secs = (ms + 500) / 1000;
    let n = placements.len();
    let plural = if n == 1 { "" } else { "s" };
    inv.out(format!(
        "\nadded {n} package{plural}, and audited {} packages in {}s\n\nfound 0 vulnerabilities\n",
        n + 1,
        secs.max(1)
    ));
    0
}
