# indentation went wrong after pasting the do_something body
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def do_something():
    print('do_something - will wait for worker')
      result = await worker()
    print('do_something - result:', result)

asyncio.run(do_something())
