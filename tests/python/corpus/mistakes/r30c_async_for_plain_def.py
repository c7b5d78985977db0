# async for in a regular function.
import asyncio

async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i

def collect():
    return [t async for t in ticks(3)]

print(collect())
