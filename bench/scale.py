"""The measuring half of bench/scale.sh: whole processes, medians, a table
and a log-log picture. Arguments: runs, release dir, bench-data dir, work
dir, output dir, sizes..."""
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

runs, release, data_root, work, out = sys.argv[1:6]
runs = int(runs)
sizes = [int(n) for n in sys.argv[6:]]
cli = os.path.join(release, "cairn")
app = os.path.join(release, "cairn-app")
views = os.path.join(release, "examples", "views")
here = os.path.dirname(os.path.abspath(__file__))
KB = 1 / 1024


def cairn(data, *args):
    env = dict(os.environ, CAIRN_DATA_DIR=data, CAIRN_LANG="en")
    started = time.perf_counter()
    proc = subprocess.run([cli, *args], env=env, capture_output=True, text=True)
    ms = (time.perf_counter() - started) * 1000
    if proc.returncode != 0:
        # Kept in the table as n/a, with the sentence below it.
        failures.append(f"cairn {args[0]} at {data}: {proc.stderr.strip()}")
        return float("nan"), proc.stdout
    return ms, proc.stdout


failures = []


def fresh(name):
    path = os.path.join(work, name)
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path


def copy_of(seeded, name):
    path = fresh(name)
    shutil.copy(os.path.join(seeded, "cairn.sqlite3"), path)
    return path


def first_frame(data, view=None):
    """ms to the first frame with data on `view` (Today if None), and what
    that frame's answers weighed ({command: JSON characters})."""
    env = dict(os.environ, CAIRN_DATA_DIR=data)
    args = [app, "--measure-startup"] + (["--view", view] if view else [])
    proc = subprocess.run(
        ["timeout", "-k", "5", "60", "xvfb-run", "-a", "dbus-run-session", "--", *args],
        env=env, capture_output=True, text=True)
    found = re.search(r"^first_frame_ms ([0-9.]+)", proc.stdout, re.M)
    if not found:
        sys.exit(f"no first frame at {data}: {proc.stderr[-400:]}")
    weights = {}
    data_line = re.search(r"^first_frame_data (\S*)", proc.stdout, re.M)
    for part in (data_line.group(1).split(",") if data_line else []):
        command, _, chars = part.rpartition(":")
        if command:
            weights[command] = weights.get(command, 0) + int(chars)
    return float(found.group(1)), weights


def frames(data, view, n):
    """Median ms to `view`'s first frame over n launches, and the weights."""
    runs = [first_frame(data, view) for _ in range(n)]
    return statistics.median(ms for ms, _ in runs), runs[-1][1]


def in_process(data):
    """The core's own time for each view's data (examples/views.rs)."""
    proc = subprocess.run([views, data, str(max(11, runs * 4))], capture_output=True, text=True)
    if proc.returncode != 0:
        failures.append(f"views at {data}: {proc.stderr.strip()}")
        return {}
    return {name: float(ms) for name, ms in (line.split() for line in proc.stdout.splitlines())}


def pss_at_rest(data):
    """MB of the whole process tree, 5 s after start (bench/pss.py)."""
    env = dict(os.environ, CAIRN_DATA_DIR=data)
    proc = subprocess.run(["python3", os.path.join(here, "pss.py"), "5", app], env=env,
                          capture_output=True, text=True)
    if proc.returncode != 0 or not proc.stdout.split():
        failures.append(f"PSS at {data}: the app did not start")
        return float("nan")
    return int(proc.stdout.split()[0]) / 1024


def median(f, n):
    return statistics.median(f() for _ in range(n))


rows = {}
for n in sizes:
    seeded = os.path.join(data_root, f"scale-{n}")
    r = rows[n] = {}
    base = copy_of(seeded, "base")
    launches = max(3, runs // 2)
    r["start to first frame"], today_weights = frames(base, None, launches)
    r["first frame: Wins"], _ = frames(base, "wins", launches)
    r["first frame: Chronicle"], chronicle_weights = frames(base, "chronicle", launches)
    r["first frame: Week"], _ = frames(base, "week", launches)
    r["Today payload (KB)"] = today_weights.get("today", 0) * KB
    r["Chronicle year payload (KB)"] = chronicle_weights.get("chronicle", 0) * KB
    core = in_process(base)
    for name, label in [("today", "core: Today's view"), ("wins_first_page", "core: Wins first page"),
                        ("timeline_page", "core: timeline page"), ("chronicle_year", "core: Chronicle year"),
                        ("week_review", "core: week's review")]:
        r[label] = core.get(name, float("nan"))
    r["PSS at rest (MB)"] = statistics.median(pss_at_rest(base) for _ in range(max(1, runs // 2)))
    r["cairn today"] = median(lambda: cairn(base, "today")[0], runs)
    r["cairn week"] = median(lambda: cairn(base, "week")[0], runs)
    r["cairn log"] = median(lambda: cairn(base, "log", "A win for the scale table")[0], runs)
    export = os.path.join(work, "export.json")
    # Whole-history work: at most 3 runs, one at a million (minutes each).
    heavy = 1 if n >= 1_000_000 else max(1, min(3, runs))
    r["export to JSON"] = median(lambda: cairn(base, "export", export)[0], heavy)
    r["import JSON into empty"] = median(lambda: cairn(fresh("import"), "import", export)[0], heavy)
    r["cairn backup"] = median(lambda: cairn(base, "backup")[0], heavy)

    def turn_on():
        a = copy_of(seeded, "sync-a")
        ms, _ = cairn(a, "sync", "--folder", fresh("folder"), "--name", "Laptop")
        return ms
    r["turning sync on"] = median(turn_on, heavy)
    folder = os.path.join(work, "folder")
    a = os.path.join(work, "sync-a")

    def first_sync():
        b = fresh("sync-b")
        cairn(b, "sync", "--folder", folder, "--name", "Desk")
        return cairn(b, "sync", "now")[0]
    r["a new computer's first sync"] = median(first_sync, heavy)
    b = os.path.join(work, "sync-b")

    def one_change():
        cairn(a, "log", "One change")
        return cairn(b, "sync", "now")[0]
    r["one change applied"] = median(one_change, runs)
    r["database size (MB)"] = os.path.getsize(os.path.join(seeded, "cairn.sqlite3")) / 1048576

names = list(next(iter(rows.values())).keys())
lines = ["How costs grow with the history (ms: medians of whole processes, or of in-process",
         "calls for the core: rows; sizes as named)", ""]
head = f"{'':32}" + "".join(f"{n:>12,}" for n in sizes)
if len(sizes) > 1:
    head += f"{'last/prev':>11}"
lines.append(head)
for name in names:
    line = f"{name:32}" + "".join(f"{rows[n][name]:>12.1f}" for n in sizes)
    if len(sizes) > 1:
        line += f"{rows[sizes[-1]][name] / rows[sizes[-2]][name]:>10.2f}x"
    lines.append(line)
if failures:
    lines += ["", "n/a: the command failed:"] + [f"  {f}" for f in dict.fromkeys(failures)]
text = "\n".join(lines) + "\n"
with open(os.path.join(out, "scale.txt"), "w") as f:
    f.write(text)
print(text)

try:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
except ImportError:
    print("matplotlib missing: no picture (make bench installs it)")
    sys.exit(0)
# Two panels: what a person waits for (ms), and what takes room (MB, KB).
timed = [n for n in names if "(" not in n]
sized = [n for n in names if "(" in n]
fig, (ax, ax2) = plt.subplots(1, 2, figsize=(14, 8.5), dpi=100, gridspec_kw={"width_ratios": [2, 1]})
colours = plt.get_cmap("tab20").colors
for panel, chosen, unit in [(ax, timed, "ms"), (ax2, sized, "MB or KB, as named")]:
    for i, name in enumerate(chosen):
        # A second style once the twenty colours are used; n/a leaves a gap.
        panel.plot(sizes, [rows[n][name] for n in sizes], "-" if i < 10 else "--", marker="o",
                   label=name, color=colours[(2 * i) % 20 if i < 10 else 2 * (i - 10) + 1])
    panel.set_xscale("log")
    panel.set_yscale("log")
    panel.set_xlabel("wins in the database")
    panel.set_ylabel(unit)
    panel.grid(True, which="both", alpha=0.3)
    # Under the panel: inside it, the legend hid the lines it names.
    panel.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.1),
                 ncol=3 if panel is ax else 2, frameon=False)
ax.set_title("Cairn: time against history")
ax2.set_title("size against history")
fig.tight_layout()
fig.savefig(os.path.join(out, "scale.png"))
print(f"picture: {os.path.join(out, 'scale.png')}")
