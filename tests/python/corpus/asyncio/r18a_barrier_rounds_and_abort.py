# Barrier over two rounds, then a party left waiting when the barrier is aborted
import asyncio

async def runner(b, name, rounds):
    for r in range(rounds):
        await asyncio.sleep(0.01 * (ord(name) - 64))
        idx = await b.wait()
        print(f'round {r}: {name} passed (index {idx})')

async def lonely(b):
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print('lonely got', type(e).__name__, e.args)

async def main():
    b = asyncio.Barrier(3)
    print('parties', b.parties, 'waiting', b.n_waiting, 'broken', b.broken)
    await asyncio.gather(*(runner(b, n, 2) for n in 'ABC'))
    t = asyncio.create_task(lonely(b))
    await asyncio.sleep(0.01)
    print('waiting now', b.n_waiting)
    await b.abort()
    await t
    print('broken', b.broken)
    await b.reset()
    print('after reset broken', b.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
