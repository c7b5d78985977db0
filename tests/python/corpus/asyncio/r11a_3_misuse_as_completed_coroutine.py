import asyncio


async def job(n):
    return n


async def main():
    try:
        for f in asyncio.as_completed(job(1)):
            print(await f)
    except TypeError as e:
        print("TypeError:", e)
    for f in asyncio.as_completed([job(2)]):
        print(await f)
    async for f in asyncio.as_completed([job(3)]):
        print(await f)


asyncio.run(main())
