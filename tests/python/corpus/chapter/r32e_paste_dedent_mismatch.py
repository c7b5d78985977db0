# the last line of the loop is indented by 2 instead of 4
import asyncio

async def worker(label):
    await asyncio.sleep(0.01)
    return label

async def do_something():
    for f in asyncio.as_completed([worker('A')]):
        result = await f
      print('do_something - result:', result)

asyncio.run(do_something())
