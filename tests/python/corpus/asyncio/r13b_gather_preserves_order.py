import asyncio

async def delayed(value, delay):
    await asyncio.sleep(delay)
    print("finished", value)
    return value

async def main():
    results = await asyncio.gather(
        delayed("first", 0.03),
        delayed("second", 0.01),
        delayed("third", 0.02),
    )
    print(results)
    same = asyncio.create_task(delayed("shared", 0.01))
    print(await asyncio.gather(same, same))
    print(await asyncio.gather())

asyncio.run(main())
