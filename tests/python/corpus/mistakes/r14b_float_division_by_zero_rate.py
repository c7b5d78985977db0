# Mistake: a rate computed over an elapsed time of 0.0 (float division by zero).
import asyncio


async def download(size, seconds):
    await asyncio.sleep(seconds)
    rate = size / seconds
    return f'{size} bytes at {rate:.1f} B/s'


async def main():
    for size, secs in [(1000, 0.1), (500, 0.05), (200, 0.0)]:
        print(await download(size, secs))


asyncio.run(main())
