# An f-string with its closing quote lost.
import asyncio

async def worker(n):
    await asyncio.sleep(0.1)
    return n

async def main():
    r = await worker(3)
    print(f'result is {r})

asyncio.run(main())
