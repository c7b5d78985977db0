# async for inside a plain function.
import asyncio

async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i

def collect():
    out = []
    async for t in ticks(3):
        out.append(t)
    return out

print(collect())
