import asyncio


async def compute():
    return 10


async def main():
    t = asyncio.create_task(compute())
    value = await t
    print(value)
    again = await t
    print("awaiting a done task again is fine:", again)
    print(await t.result())


asyncio.run(main())
