# Cancelling a gather and awaiting it.
import asyncio

async def job(n):
    await asyncio.sleep(1)
    return n

async def main():
    g = asyncio.gather(job(1), job(2))
    await asyncio.sleep(0.1)
    g.cancel()
    print(await g)

asyncio.run(main())
