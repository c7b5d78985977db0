import asyncio

async def ticks():
    for i in range(3):
        yield i

def total():
    return sum(t async for t in ticks())

print(total())
