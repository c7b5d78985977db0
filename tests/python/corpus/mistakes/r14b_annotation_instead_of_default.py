# Mistake: "delay: 0.5" written for a default value (it is an annotation), so the call without it fails.
import asyncio


async def worker(label, delay: 0.5):
    await asyncio.sleep(delay)
    return label


async def main():
    print(await worker('A', 0.01))
    print(await worker('B'))


asyncio.run(main())
