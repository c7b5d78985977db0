import asyncio

async def ticks():
    for i in range(3):
        yield i

def consume():
    async for t in ticks():
        print(t)

consume()
