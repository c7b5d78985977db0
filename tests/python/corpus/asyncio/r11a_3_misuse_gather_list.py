import asyncio


async def job(n):
    return n


async def main():
    coros = [job(i) for i in range(3)]
    results = await asyncio.gather(coros)
    print(results)


asyncio.run(main())
