# reading an async stream from a normal helper function
import asyncio

async def stream():
    for i in range(3):
        await asyncio.sleep(0.01)
        yield i

def collect():
    out = []
    async for x in stream():
        out.append(x)
    return out

print(collect())
