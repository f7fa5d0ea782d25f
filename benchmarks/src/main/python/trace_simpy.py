"""The same trace replayed in SimPy 3 as an M/M/N+M queue, as a reference for `servicebalance benchmark-trace`.

Usage: python3 trace_simpy.py TRACE.csv AGENTS PATIENCE_SECONDS SEED
Reads the trace CSV (arrival, handle_seconds, patience_seconds columns), replays it with AGENTS agents; contacts whose
patience the trace does not give draw it from an exponential with the given mean. Prints one JSON line.
"""
import csv
import json
import random
import sys
import time
from datetime import datetime

import simpy


def read(path):
    arrivals, handles, patience = [], [], []
    with open(path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        header = next(rows)
        column = {name: i for i, name in enumerate(header)}
        a, h, p = column["arrival"], column["handle_seconds"], column["patience_seconds"]
        for row in rows:
            if not row:
                continue
            arrivals.append(datetime.fromisoformat(row[a].replace("Z", "+00:00")).timestamp())
            handles.append(float(row[h]))
            patience.append(float(row[p]) if row[p] and not row[p].startswith(">=") else None)
    order = sorted(range(len(arrivals)), key=arrivals.__getitem__)
    return [arrivals[i] for i in order], [handles[i] for i in order], [patience[i] for i in order]


def main():
    path, agents, mean_patience, seed = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
    started = time.perf_counter()
    arrivals, handles, patience = read(path)
    read_seconds = time.perf_counter() - started
    rng = random.Random(seed)
    env = simpy.Environment()
    pool = simpy.Resource(env, capacity=agents)
    stats = {"abandoned": 0, "wait": 0.0}

    def customer(env, handle, limit):
        arrived = env.now
        with pool.request() as request:
            outcome = yield request | env.timeout(limit)
            stats["wait"] += env.now - arrived
            if request in outcome:
                yield env.timeout(handle)
            else:
                stats["abandoned"] += 1

    def source(env):
        origin = arrivals[0]
        for i in range(len(arrivals)):
            yield env.timeout(arrivals[i] - origin - env.now)
            limit = patience[i] if patience[i] is not None else rng.expovariate(1 / mean_patience)
            env.process(customer(env, handles[i], limit))

    env.process(source(env))
    env.run()
    n = len(arrivals)
    print(json.dumps({"contacts": n, "readSeconds": read_seconds, "seconds": time.perf_counter() - started,
                      "abandonRate": stats["abandoned"] / n, "meanWaitSeconds": stats["wait"] / n}))


if __name__ == "__main__":
    main()
