# Mistake: the body of an if is not indented.
import asyncio

async def worker(n):
    if n > 1:
    return n
    return 1

asyncio.run(worker(3))
