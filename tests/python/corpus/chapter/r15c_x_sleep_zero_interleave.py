# asyncio.sleep(0) in two loops interleaves them step by step
import asyncio

async def counter(name, n):
    for i in range(n):
        print(f'{name} {i}')
        await asyncio.sleep(0)
    return name

async def do_something():
    done = await asyncio.gather(counter('ping', 3), counter('pong', 2), counter('  x', 4))
    print(done)

asyncio.run(do_something())
