import asyncio


async def job():
    await asyncio.sleep(0)
    return 1


async def main():
    print(await asyncio.wait_for(job(), 1))
    print(await asyncio.wait_for(job()))


asyncio.run(main())
