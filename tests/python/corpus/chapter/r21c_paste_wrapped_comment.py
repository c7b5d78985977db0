# The book's comment wrapped so 'results' is a bare word on its own line.
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return 1

async def do_something():
    # Run three calls to worker concurrently and collect
    results
    res = await asyncio.gather(worker(), worker())
    print(res)

asyncio.run(do_something())
