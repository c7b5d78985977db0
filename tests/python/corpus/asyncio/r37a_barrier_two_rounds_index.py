# A Barrier reused for two rounds; wait() returns an index, and n_waiting/parties are visible
import asyncio


async def racer(name, barrier, delays, log):
    for rnd, d in enumerate(delays):
        await asyncio.sleep(d)
        idx = await barrier.wait()
        log.append((rnd, name, idx))


async def main():
    barrier = asyncio.Barrier(3)
    print("parties:", barrier.parties, "waiting:", barrier.n_waiting, "broken:", barrier.broken)
    log = []
    await asyncio.gather(
        racer("a", barrier, [0.01, 0.2], log),
        racer("b", barrier, [0.1, 0.01], log),
        racer("c", barrier, [0.2, 0.1], log),
    )
    for entry in sorted(log):
        print(entry)
    print("waiting:", barrier.n_waiting, "broken:", barrier.broken)


asyncio.run(main())
