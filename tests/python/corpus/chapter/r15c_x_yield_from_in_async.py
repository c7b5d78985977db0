# a learner mixes the old yield from with async def: a SyntaxError
import asyncio

async def worker():
    print('worker - will take some time')
    yield from asyncio.sleep(1)
    return 42

async def do_something():
    result = await worker()
    print('do_something - result:', result)

asyncio.run(do_something())
