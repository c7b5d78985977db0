# asyncio.Barrier (3.11): runners waiting for each other at a start line, twice
import asyncio

async def runner(name, delay, barrier, log):
    await asyncio.sleep(delay)
    log.append(f"{name} ready")
    pos = await barrier.wait()
    log.append(f"{name} go (pos {pos})")
    await asyncio.sleep(delay)
    await barrier.wait()
    log.append(f"{name} lap")

async def main():
    barrier = asyncio.Barrier(3)
    print(type(barrier).__name__, barrier.parties, barrier.n_waiting, barrier.broken)
    log = []
    await asyncio.gather(*(runner(n, d, barrier, log) for n, d in [("A", 0.03), ("B", 0.01), ("C", 0.02)]))
    for line in log:
        print(line.split(" (")[0])
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    await barrier.abort()
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError", repr(e))

asyncio.run(main())
