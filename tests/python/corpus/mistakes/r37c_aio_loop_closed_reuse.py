# running two steps on an event loop I closed after the first
import asyncio

async def step(n):
    await asyncio.sleep(0.01)
    return n

loop = asyncio.new_event_loop()
print(loop.run_until_complete(step(1)))
loop.close()
print(loop.run_until_complete(step(2)))
