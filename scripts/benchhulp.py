"""Shared by scripts/bench-*.py: two whole processes timed alternately in one run, so a
busy moment on this shared machine hits both sides alike."""
import statistics, subprocess, time


def keer(cmd):
    begin = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - begin


def om_en_om(cmd_a, cmd_b, rondes):
    """Each command once as warm-up (page cache, font cache), then RONDES times in turn."""
    keer(cmd_a), keer(cmd_b)
    a, b = [], []
    for _ in range(rondes):
        a.append(keer(cmd_a))
        b.append(keer(cmd_b))
    return a, b


def regel(naam, tijden):
    return (f"{naam}: mediaan {statistics.median(tijden) * 1000:.0f} ms "
            f"(min {min(tijden) * 1000:.0f}, max {max(tijden) * 1000:.0f})")
