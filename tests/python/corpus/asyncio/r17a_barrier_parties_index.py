# Barrier releases its parties together; wait() returns each one's index
import asyncio

async def runner(name, barrier, delay):
    await asyncio.sleep(delay)
    print(name, 'at barrier, waiting:', barrier.n_waiting)
    idx = await barrier.wait()
    print(name, 'through with index', idx)

async def main():
    barrier = asyncio.Barrier(3)
    await asyncio.gather(runner('a', barrier, 0.1), runner('b', barrier, 0.2),
                         runner('c', barrier, 0.3))
    print(barrier.parties, barrier.n_waiting, barrier.broken)

asyncio.run(main())
