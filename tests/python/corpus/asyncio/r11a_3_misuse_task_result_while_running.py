import asyncio


async def work():
    await asyncio.sleep(0.01)
    return "value"


async def main():
    t = asyncio.create_task(work())
    print(t.done())
    print(t.result())


asyncio.run(main())
