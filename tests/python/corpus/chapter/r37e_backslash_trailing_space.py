# a backslash continuation with a trailing space after it
import asyncio

async def worker(label):
    await asyncio.sleep(0.01)
    return label

async def do_something():
    results = await asyncio.gather(worker('A'), \ 
                                   worker('B'))
    print(results)

asyncio.run(do_something())
