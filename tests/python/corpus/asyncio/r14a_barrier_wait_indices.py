# test_locks: Barrier.wait returns distinct indices 0..parties-1, and the barrier is reusable
import asyncio

async def party(b, name, results):
    i = await b.wait()
    results.append((name, i))

async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    for round in range(2):
        results = []
        await asyncio.gather(*(party(b, n, results) for n in 'abc'))
        print('round', round, sorted(i for _, i in results), [n for n, _ in results])
    print(b.n_waiting, b.broken)

asyncio.run(main())
