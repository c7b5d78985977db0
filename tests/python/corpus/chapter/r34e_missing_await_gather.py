# oops: I forgot await in front of gather and printed the result list
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def do_something():
    results = asyncio.gather(worker(), worker())
    print('type:', type(results).__name__)
    print('results done?', results.done())
    await asyncio.sleep(0.2)
    print('results done now?', results.done())
    print('results:', results.result())

asyncio.run(do_something())
