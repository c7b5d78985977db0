# the delay calculation came from a PDF where the minus sign is an en dash
import asyncio

async def worker(n):
    delay = 0.3 – n * 0.1
    await asyncio.sleep(delay)
    return n

async def main():
    print(await asyncio.gather(worker(1), worker(2)))

asyncio.run(main())
