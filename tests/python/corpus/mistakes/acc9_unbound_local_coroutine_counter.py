# A global counter incremented in a coroutine without global.
import asyncio

processed = 0

async def work(n):
    await asyncio.sleep(0.1)
    processed += 1

async def main():
    await asyncio.gather(work(1), work(2))
    print(processed)

asyncio.run(main())
