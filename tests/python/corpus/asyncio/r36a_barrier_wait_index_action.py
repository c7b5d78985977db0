# Barrier.wait returns a distinct index per party; the one with index 0 does the round's summary
import asyncio
import random

random.seed(36)


async def runner(barrier, name, results):
    for rnd in range(2):
        results[rnd].append(name)
        await asyncio.sleep(random.choice([0.01, 0.03, 0.05]))
        idx = await barrier.wait()
        if idx == 0:
            print(f"round {rnd}: {sorted(results[rnd])}")


async def main():
    barrier = asyncio.Barrier(3)
    results = {0: [], 1: []}
    async with asyncio.TaskGroup() as tg:
        for name in "xyz":
            tg.create_task(runner(barrier, name, results))
    print("parties", barrier.parties, "waiting", barrier.n_waiting)


asyncio.run(main())
