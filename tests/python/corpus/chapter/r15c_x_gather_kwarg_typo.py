# gather's keyword misspelt (return_exception): TypeError, workers never awaited
import asyncio

async def worker(n):
    await asyncio.sleep(0.1)
    return n

async def do_something():
    results = await asyncio.gather(worker(1), worker(2), return_exception=True)
    print(results)

print('Main - Starting')
asyncio.run(do_something())
