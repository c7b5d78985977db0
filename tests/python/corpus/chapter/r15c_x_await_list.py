# awaiting a list of coroutines instead of gathering them
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return 42

async def do_something():
    print('do_something - will wait for workers')
    results = await [worker(), worker()]
    print(results)

print('Main - Starting')
asyncio.run(do_something())
print('Main - Done')
