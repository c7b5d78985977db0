# The book's wrapped gather line with the second line dedented wrongly.
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return 1

async def do_something():
    results = await asyncio.gather(worker(), worker(),
worker())
    print(results)
  print('done')

asyncio.run(do_something())
