# edited do_something in the editor and one line ended up with 3 spaces
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return 42

async def do_something():
    print('do_something - will wait for worker')
    result = await worker()
   print('do_something - result:', result)

asyncio.run(do_something())
