# Unbounded recursion in a helper called from gathered coroutines.
import asyncio

def depth(n):
    return depth(n + 1)

async def job():
    await asyncio.sleep(0.1)
    return depth(0)

async def main():
    await asyncio.gather(job())

asyncio.run(main())
