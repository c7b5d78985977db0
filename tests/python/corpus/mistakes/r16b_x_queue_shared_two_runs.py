# An asyncio.Queue made at module level used by two asyncio.run calls: bound to the first loop
import asyncio

queue = asyncio.Queue()

async def producer_consumer(n):
    await queue.put(n)
    print("got", await queue.get())

asyncio.run(producer_consumer(1))
asyncio.run(producer_consumer(2))
