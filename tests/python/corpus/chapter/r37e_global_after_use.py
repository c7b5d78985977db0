# declared global after already using the counter in the worker
import asyncio

count = 0

async def worker():
    print('count before', count)
    global count
    count += 1
    await asyncio.sleep(0.01)

asyncio.run(worker())
