# A function with a return annotation but no colon at the end.
import asyncio

async def fetch(n: int) -> int
    await asyncio.sleep(0.01)
    return n

print(asyncio.run(fetch(3)))
