# Reading an async generator with async for inside a normal function
import asyncio

async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i

def consume():
    async for t in ticks(3):
        print(t)

consume()
