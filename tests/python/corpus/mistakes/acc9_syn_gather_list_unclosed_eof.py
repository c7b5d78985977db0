# A list inside gather's call never closed; the file ends.
import asyncio

async def job(n):
    await asyncio.sleep(0.1)
    return n

async def main():
    results = await asyncio.gather(*[
        job(1),
        job(2),
        job(3),
    )
    print(results)

asyncio.run(main())
