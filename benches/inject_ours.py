#!/usr/bin/env python3
"""Scores kube-inject with THIS tool's own injector templates against upstream's goldens.

For every golden case of the inject conformance suite, the setting's provenance (setFlags,
IstioOperator file, in-code mesh edit) is rendered with our `manifest generate` (profile=empty,
components.pilot.enabled=true, as upstream's test does); the injector ConfigMap's `config` and
`values` and the `istio` ConfigMap's `mesh` are written to a temp dir and kube-inject runs on the
case's input with them. Output and golden are compared as parsed documents (as the conformance
runner does). Runs only when the conformance data exists; reads it in place, copies nothing.

usage: benches/inject_ours.py [-v] [BINARY]   (default target/release/istioctl)
"""

import json
import os
import subprocess
import sys
import tempfile

import yaml

CONF = os.environ.get("CONFORMANCE_DIR", "/work/shared/conformance/inject")


def docs(text):
    return [d for d in yaml.safe_load_all(text) if d is not None]


def canon(d):
    return json.dumps(d, sort_keys=True)


def mesh_delta(setting):
    """The setting's in-code mesh edit, as the difference of its mesh.yaml from the default's."""
    base = yaml.safe_load(open(os.path.join(CONF, "settings/default/mesh.yaml"))) or {}
    this = yaml.safe_load(open(os.path.join(CONF, "settings", setting, "mesh.yaml"))) or {}
    delta = {}
    for k, v in this.items():
        if k == "defaultConfig":
            dc = {kk: vv for kk, vv in v.items() if base.get(k, {}).get(kk) != vv}
            if dc:
                delta[k] = dc
        elif base.get(k) != v:
            delta[k] = v
    return delta


def render(binary, setting, tmp):
    prov = json.load(open(os.path.join(CONF, "settings", setting, "provenance.json")))
    # Upstream's test renders with its test hub and tag; pin the same (as the manifest suite does).
    args = [binary, "manifest", "generate", "--set", "profile=empty", "--set", "components.pilot.enabled=true",
            "--set", "values.global.hub=registry.istio.io/testing", "--set", "values.global.tag=latest"]
    for f in prov["setFlags"]:
        args += ["--set", f]
    if prov.get("iopFile"):
        args += ["-f", os.path.join(CONF, prov["iopFile"])]
    out = subprocess.run(args, capture_output=True, text=True, timeout=60)
    if out.returncode != 0:
        return f"manifest generate failed: {out.stderr.strip()[:300]}"
    cms = {d["metadata"]["name"]: d for d in docs(out.stdout) if d.get("kind") == "ConfigMap"}
    inj = next((v for k, v in cms.items() if k.startswith("istio-sidecar-injector")), None)
    mesh = next((v for k, v in cms.items() if k == "istio" or k.startswith("istio-") and "mesh" in v.get("data", {})), None)
    if inj is None or mesh is None:
        return "no injector or mesh ConfigMap rendered"
    mesh_text = mesh["data"]["mesh"]
    if prov.get("meshModification"):
        m = yaml.safe_load(mesh_text) or {}
        for k, v in mesh_delta(setting).items():
            if k == "defaultConfig":
                m.setdefault(k, {}).update(v)
            elif k == "extensionProviders":
                m[k] = (m.get(k) or []) + [p for p in v if p not in (m.get(k) or [])]
            else:
                m[k] = v
        mesh_text = yaml.safe_dump(m)
    paths = {}
    for name, text in (("inject-config.yaml", inj["data"]["config"]), ("values.json", inj["data"]["values"]),
                       ("mesh.yaml", mesh_text)):
        p = os.path.join(tmp, setting + "-" + name)
        open(p, "w").write(text)
        paths[name] = p
    return paths


def main():
    verbose = "-v" in sys.argv
    rest = [a for a in sys.argv[1:] if a != "-v"]
    binary = os.path.abspath(rest[0] if rest else "target/release/istioctl")
    if not os.path.isdir(CONF):
        print(f"skipped: {CONF} not found")
        return
    cases = json.load(open(os.path.join(CONF, "cases.json")))["cases"]
    passed, failed = 0, []
    with tempfile.TemporaryDirectory() as tmp:
        rendered = {}
        for c in cases:
            if not c.get("golden") or not c.get("settings"):
                continue
            s = c["settings"]
            if s not in rendered:
                rendered[s] = render(binary, s, tmp)
            r = rendered[s]
            if isinstance(r, str):
                failed.append((c["name"], r))
                continue
            args = [binary, "kube-inject", "-f", c["input"], "--injectConfigFile", r["inject-config.yaml"],
                    "--meshConfigFile", r["mesh.yaml"], "--valuesFile", r["values.json"]]
            env = {k: v for k, v in os.environ.items() if k != "ENABLE_NATIVE_SIDECARS"}
            env.update(c.get("env", {}))
            out = subprocess.run(args, capture_output=True, text=True, cwd=CONF, env=env, timeout=30)
            if out.returncode != 0:
                failed.append((c["name"], "exit %d: %s" % (out.returncode, out.stderr.strip()[:300])))
                continue
            want = sorted(canon(d) for d in docs(open(os.path.join(CONF, c["golden"])).read()))
            got = sorted(canon(d) for d in docs(out.stdout))
            if want == got:
                passed += 1
            else:
                failed.append((c["name"], diff(want, got)))
    if verbose:
        for name, why in failed:
            print(f"FAIL {name}: {why}")
    print(f"inject with our templates: {passed} passed, {len(failed)} failed")


def flatten(prefix, v, out):
    if isinstance(v, dict):
        for k, x in v.items():
            flatten(f"{prefix}.{k}", x, out)
    elif isinstance(v, list):
        for i, x in enumerate(v):
            flatten(f"{prefix}[{i}]", x, out)
    else:
        out[prefix] = v


def diff(want, got):
    w, g = {}, {}
    for i, d in enumerate(want):
        flatten(f"doc{i}", json.loads(d), w)
    for i, d in enumerate(got):
        flatten(f"doc{i}", json.loads(d), g)
    lines = []
    for k in sorted(set(w) | set(g)):
        if w.get(k, "<absent>") != g.get(k, "<absent>"):
            lines.append(f"\n    {k}: want {w.get(k, '<absent>')!r} got {g.get(k, '<absent>')!r}")
    return "".join(lines[:12]) + (f"\n    … {len(lines) - 12} more" if len(lines) > 12 else "")


if __name__ == "__main__":
    main()
