# the chapter mentions a Barrier for threads; asyncio has one too in 3.11
import asyncio

async def worker(name, delay, barrier):
    await asyncio.sleep(delay)
    print(name, 'arrived')
    pos = await barrier.wait()
    print(name, 'through the barrier')
    return pos

async def do_something():
    barrier = asyncio.Barrier(3)
    positions = await asyncio.gather(
        worker('A', 0.3, barrier), worker('B', 0.1, barrier), worker('C', 0.2, barrier))
    print('positions:', sorted(positions))
    print('barrier parties:', barrier.parties, 'broken:', barrier.broken)

asyncio.run(do_something())
