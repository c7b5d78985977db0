# made a list of three worker calls but only awaited the first one
import asyncio

async def worker(i):
    await asyncio.sleep(0.01)
    return i

async def do_something():
    coros = [worker(i) for i in range(3)]
    first = await coros[0]
    print('first:', first)
    coros = None
    print('list dropped')
    return first

print('run gave', asyncio.run(do_something()))
