# An async comprehension inside an ordinary function.
import asyncio

async def numbers():
    for i in range(3):
        await asyncio.sleep(0)
        yield i

def collect():
    return [n async for n in numbers()]

print(collect())
