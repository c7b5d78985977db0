# test_locks: BarrierTests.test_barrier / wait() returns each index once
import asyncio

async def main():
    barrier = asyncio.Barrier(3)
    print(repr(barrier).split(" [")[1])
    results = []

    async def party(n):
        await asyncio.sleep(0.01 * n)
        i = await barrier.wait()
        results.append(i)

    await asyncio.gather(*(party(n) for n in range(3)))
    print(sorted(results))
    print(barrier.n_waiting, barrier.broken, barrier.parties)
    print(repr(barrier).split(" [")[1])

asyncio.run(main())
