# asyncio.Barrier (new in 3.11): three workers meet at the barrier before continuing
import asyncio

async def worker(name, delay, barrier):
    await asyncio.sleep(delay)
    print(f"{name} arrived")
    pos = await barrier.wait()
    print(f"{name} passed")
    return pos

async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    positions = await asyncio.gather(
        worker("w1", 0.01, barrier), worker("w2", 0.12, barrier), worker("w3", 0.24, barrier))
    print(sorted(positions))
    await barrier.abort()
    print("broken:", barrier.broken)
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError:
        print("BrokenBarrierError")

asyncio.run(main())
