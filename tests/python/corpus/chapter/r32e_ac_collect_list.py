# collecting as_completed results in a list, then comparing to sorted
import asyncio

async def worker(n):
    await asyncio.sleep(0.1 * (5 - n))
    return n

async def do_something():
    finished = []
    for coro in asyncio.as_completed([worker(n) for n in range(1, 5)]):
        finished.append(await coro)
        print('so far:', finished)
    print('finish order:', finished)
    print('sorted:', sorted(finished), 'same?', finished == sorted(finished))

asyncio.run(do_something())
