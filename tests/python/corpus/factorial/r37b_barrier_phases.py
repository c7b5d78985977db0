# Three factorial workers meet at an asyncio.Barrier between the "compute" and "report" phases.
import asyncio


async def worker(n, barrier, results):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.02)
        r *= i
    results[n] = r
    idx = await barrier.wait()
    if idx == 0:
        print("last one through the barrier; all results:", sorted(results.values()))
    await barrier.wait()
    print(f"worker {n} reporting {r}")


async def main():
    results = {}
    barrier = asyncio.Barrier(3)
    print("parties:", barrier.parties, "waiting:", barrier.n_waiting, "broken:", barrier.broken)
    await asyncio.gather(*(worker(n, barrier, results) for n in (4, 2, 6)))
    print("after: waiting", barrier.n_waiting, "broken", barrier.broken)


asyncio.run(main())
