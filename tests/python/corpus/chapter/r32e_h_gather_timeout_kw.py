# gave gather a timeout keyword, thinking it had one
import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    return n

async def do_something():
    try:
        print(await asyncio.gather(worker(1), worker(2), timeout=1))
    except TypeError as e:
        print('TypeError:', e)
    print(await asyncio.wait_for(asyncio.gather(worker(1), worker(2)), 1))

asyncio.run(do_something())
