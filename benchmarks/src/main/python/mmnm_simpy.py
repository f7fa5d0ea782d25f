"""The M/M/N+M queue in SimPy 3, as a reference for `servicebalance benchmark-simulator`.

Usage: python3 mmnm_simpy.py CONTACTS ARRIVALS_PER_HOUR AHT_SECONDS PATIENCE_SECONDS AGENTS SEED
Prints one JSON line: contacts, seconds, abandonRate, meanWaitSeconds.
"""
import json
import random
import sys
import time

import simpy


def main():
    contacts, per_hour, aht, patience, agents, seed = sys.argv[1:7]
    contacts, agents, seed = int(contacts), int(agents), int(seed)
    rate, aht, patience = float(per_hour) / 3600, float(aht), float(patience)
    rng = random.Random(seed)
    env = simpy.Environment()
    pool = simpy.Resource(env, capacity=agents)
    stats = {"abandoned": 0, "wait": 0.0}

    def customer(env):
        arrived = env.now
        with pool.request() as request:
            outcome = yield request | env.timeout(rng.expovariate(1 / patience))
            stats["wait"] += env.now - arrived
            if request in outcome:
                yield env.timeout(rng.expovariate(1 / aht))
            else:
                stats["abandoned"] += 1

    def source(env):
        for _ in range(contacts):
            yield env.timeout(rng.expovariate(rate))
            env.process(customer(env))

    started = time.perf_counter()
    env.process(source(env))
    env.run()
    seconds = time.perf_counter() - started
    print(json.dumps({"contacts": contacts, "seconds": seconds, "abandonRate": stats["abandoned"] / contacts,
                      "meanWaitSeconds": stats["wait"] / contacts}))


if __name__ == "__main__":
    main()
