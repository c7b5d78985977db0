# Python 3.11's Barrier: tasks wait until `parties` of them arrive, then all go on; abort() breaks it.
import asyncio

async def runner(name, barrier, delay, log):
    await asyncio.sleep(delay)
    log.append(f'{name} arrives ({barrier.n_waiting} waiting)')
    index = await barrier.wait()
    log.append(f'{name} passes with index {index}')

async def main():
    barrier = asyncio.Barrier(3)
    log = []
    await asyncio.gather(*(runner(n, barrier, d, log) for n, d in [('a', 0.1), ('b', 0.3), ('c', 0.2)]))
    print('\n'.join(log))
    print('parties:', barrier.parties, '| waiting:', barrier.n_waiting, '| broken:', barrier.broken)
    async def enter(b):
        async with b as index:
            return index
    print('async with gives the index:', sorted(await asyncio.gather(*(enter(barrier) for _ in range(3)))))
    lonely = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0.05)
    print('one waits:', barrier.n_waiting)
    await barrier.abort()
    try:
        await lonely
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError:', e, '| broken:', barrier.broken)
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError:', e)
    await barrier.reset()
    print('after reset, broken:', barrier.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
