# abort() breaks a Barrier: waiters and later callers get BrokenBarrierError.
import asyncio

async def waiter(barrier, name):
    try:
        await barrier.wait()
        return f'{name} passed'
    except asyncio.BrokenBarrierError:
        return f'{name} broken'

async def main():
    barrier = asyncio.Barrier(3)
    tasks = [asyncio.create_task(waiter(barrier, n)) for n in 'xy']
    await asyncio.sleep(0.01)
    print('waiting:', barrier.n_waiting)
    await barrier.abort()
    print(await asyncio.gather(*tasks))
    print('broken:', barrier.broken)
    print(await waiter(barrier, 'late'))
    await barrier.reset()
    print('after reset broken:', barrier.broken)
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))

asyncio.run(main())
