#!/usr/bin/env python3
"""Time from saving a report to its reloaded page in `nianbao serve` (a benchmark, not a test).

    bench/serve-latency.py [--source DIR] [--edits N] [--port P] [-- extra serve options]

Copies the source folder, starts `java -jar generator/target/nianbao.jar serve` on it, then N times:
appends a line to one report's narrative, waits on the preview's "next build" request as an open page
does, and fetches the page until it shows the line. Prints name=value lines: each latency and the median.
"""
import argparse, os, re, shutil, statistics, subprocess, sys, tempfile, time, urllib.request

ap = argparse.ArgumentParser()
ap.add_argument("--source", default="site-src")
ap.add_argument("--report", default=None, help="the report to edit (default: the first of the latest year)")
ap.add_argument("--edits", type=int, default=7)
ap.add_argument("--port", type=int, default=18765)
ap.add_argument("extra", nargs="*")
a = ap.parse_args()

opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
def get(url, timeout=60):
    with opener.open(url, timeout=timeout) as r:
        return r.read().decode("utf-8")

work = tempfile.mkdtemp(prefix="nianbao-serve-latency-")
src = os.path.join(work, "src")
shutil.copytree(a.source, src, ignore=shutil.ignore_patterns("target"))
if a.report is None:
    year = max(d for d in os.listdir(os.path.join(src, "reports")) if d.isdigit())
    name = sorted(f for f in os.listdir(os.path.join(src, "reports", year)) if f.endswith(".md") and not f.startswith("_") and ".xxgk." not in f)[0]
    a.report = f"reports/{year}/{name}"
page = re.sub(r"^reports/(\d+)/(.+)\.md$", r"\1/\2/", a.report)
java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if "JAVA_HOME" in os.environ else "java"
proc = subprocess.Popen([java, "-jar", "generator/target/nianbao.jar", "serve", "--source", src,
                         "--output", os.path.join(work, "column"), "--port", str(a.port)] + a.extra,
                        stdout=open(os.path.join(os.environ.get("LOG_DIR", work), "serve.log"), "w"), stderr=subprocess.STDOUT)
base = f"http://127.0.0.1:{a.port}/"
try:
    deadline = time.time() + 600
    while True:
        try:
            gen = get(base + "__nianbao/generation")
            break
        except OSError:
            if time.time() > deadline or proc.poll() is not None:
                sys.exit("serve did not start")
            time.sleep(0.2)
    # one unmeasured edit: the first rebuild in a JVM compiles its code
    latencies = []
    for i in range(a.edits + 1):
        marker = f"预览计时第{i}次"
        path = os.path.join(src, a.report)
        text = open(path, encoding="utf-8").read()
        start = time.monotonic()
        with open(path, "w", encoding="utf-8") as f:
            f.write(text + f"\n{marker}。\n")
        gen = get(base + "__nianbao/generation?after=" + gen)
        while marker not in get(base + page):
            gen = get(base + "__nianbao/generation?after=" + gen)
        if i > 0:
            latencies.append((time.monotonic() - start) * 1000)
        time.sleep(0.5)
    print("serve_report=" + a.report)
    print("serve_latency_ms_each=" + ",".join(f"{x:.0f}" for x in latencies))
    print(f"serve_latency_ms_median={statistics.median(latencies):.0f}")
finally:
    proc.terminate()
    proc.wait()
    shutil.rmtree(work, ignore_errors=True)
