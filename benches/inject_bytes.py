#!/usr/bin/env python3
"""Counts the inject conformance goldens that kube-inject reproduces byte for byte.

The conformance runner compares parsed YAML; this compares stdout with the golden's bytes
(upstream prints through sigs.k8s.io/yaml, injection.md §10). Runs every public golden case
with its own command line and environment; reads the conformance data in place, copies nothing.

usage: benches/inject_bytes.py [-v] [BINARY]   (default target/release/istioctl)
"""

import difflib
import json
import os
import subprocess
import sys

CONF = os.environ.get("CONFORMANCE_DIR", "/work/shared/conformance/inject")


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv[1:]
    binary = os.path.abspath(args[0] if args else "target/release/istioctl")
    if not os.path.isdir(CONF):
        print(f"no conformance data at {CONF}", file=sys.stderr)
        return 2
    same = total = 0
    for case in json.load(open(os.path.join(CONF, "cases.json")))["cases"]:
        if not case.get("golden"):
            continue
        total += 1
        env = {k: v for k, v in os.environ.items() if k != "ENABLE_NATIVE_SIDECARS"}
        env.update(case.get("env", {}))
        cwd = os.path.join(CONF, case.get("cwd") or ".")
        run = subprocess.run([binary, "kube-inject", *case["args"]], cwd=cwd, env=env, capture_output=True)
        golden = open(os.path.join(CONF, case["golden"]), "rb").read()
        if run.returncode == 0 and run.stdout == golden:
            same += 1
            continue
        print(f"DIFF {case['name']}")
        if verbose:
            diff = difflib.unified_diff(golden.decode(errors="replace").splitlines(),
                                        run.stdout.decode(errors="replace").splitlines(), "golden", "ours",
                                        lineterm="", n=1)
            print("\n".join(list(diff)[:30]))
    print(f"byte-identical: {same} of {total} golden cases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
