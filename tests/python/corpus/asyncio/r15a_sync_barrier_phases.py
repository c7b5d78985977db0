# A Barrier reused for several phases: nobody starts phase n+1 before all finish phase n
import asyncio

async def worker(barrier, name, delays, log):
    for phase, d in enumerate(delays):
        await asyncio.sleep(d)
        log.append(f"{name} done phase {phase}")
        await barrier.wait()

async def main():
    barrier = asyncio.Barrier(3)
    log = []
    await asyncio.gather(
        worker(barrier, "A", [0.1, 0.3], log),
        worker(barrier, "B", [0.2, 0.1], log),
        worker(barrier, "C", [0.3, 0.2], log),
    )
    print("\n".join(log))
    print("n_waiting:", barrier.n_waiting, "broken:", barrier.broken)

asyncio.run(main())
