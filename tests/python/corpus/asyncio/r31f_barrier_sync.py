# asyncio.Barrier (new in 3.11): three workers meet before continuing
import asyncio

async def worker(name, delay, barrier):
    await asyncio.sleep(delay)
    print(f"{name} arrived")
    idx = await barrier.wait()
    print(f"{name} passed barrier, index {idx}")

async def main():
    barrier = asyncio.Barrier(3)
    print(type(barrier).__name__, barrier.parties)
    await asyncio.gather(worker("a", 0.01, barrier), worker("b", 0.12, barrier), worker("c", 0.24, barrier))
    print(barrier.parties, barrier.n_waiting, barrier.broken)

asyncio.run(main())
