# I called worker() three times in a loop without awaiting any of them
import asyncio

async def worker(n):
    print('worker', n)
    await asyncio.sleep(0.01)
    return n

async def do_something():
    for n in range(3):
        worker(n)
    print('do_something - done the loop')
    await asyncio.sleep(0.02)

asyncio.run(do_something())
print('Main - Done')
