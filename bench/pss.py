"""PSS at rest of one launch: `python3 bench/pss.py IDLE_S APP [ARGS...]`
starts APP under its own xvfb-run + dbus-run-session, leaves it idle for
IDLE_S seconds, sums the PSS of its whole process tree (the app and every
descendant: WebKitWebProcess, WebKitNetworkProcess, ...) from
/proc/<pid>/smaps_rollup, kills the session and prints
"<pss_kb> <processes> <web_processes>" (exit 1 if the app never ran).
Used by bench/memory.sh and bench/scale.py."""
import os, signal, subprocess, sys, time

idle = float(sys.argv[1])
cmd = ["xvfb-run", "-a", "dbus-run-session", "--"] + sys.argv[2:]
app = os.path.realpath(sys.argv[2])

def children():
    kids = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        kids.setdefault(ppid, []).append(int(d))
    return kids

def tree(root, kids):
    out, todo = [], [root]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(kids.get(p, []))
    return out

def exe(pid):
    try:
        return os.path.realpath(f"/proc/{pid}/exe")
    except OSError:
        return ""

def pss_kb(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0

proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL, start_new_session=True)
try:
    app_pid, deadline = None, time.time() + 20
    while app_pid is None and time.time() < deadline and proc.poll() is None:
        time.sleep(0.1)
        app_pid = next((p for p in tree(proc.pid, children()) if exe(p) == app), None)
    if app_pid is None:
        sys.exit(1)
    time.sleep(idle)
    if proc.poll() is not None:
        sys.exit(1)
    pids = tree(app_pid, children())
    total = sum(pss_kb(p) for p in pids)
    comms = []
    for p in pids:
        try:
            with open(f"/proc/{p}/comm") as f:
                comms.append(f.read().strip())
        except OSError:
            pass
    web = sum(1 for c in comms if c.startswith("WebKitWebProces"))
    print(total, len(pids), web)
finally:
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
