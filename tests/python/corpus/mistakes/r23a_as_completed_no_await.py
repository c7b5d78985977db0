import asyncio

async def job(n):
    await asyncio.sleep(0.01 * n)
    return n

async def main():
    coros = [job(n) for n in (3, 1, 2)]
    total = 0
    for fut in asyncio.as_completed(coros):
        total += fut
    print("total:", total)

asyncio.run(main())
