# the return line lost its indentation when pasting
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.01)
    print('worker - done it')
  return 42

asyncio.run(worker())
