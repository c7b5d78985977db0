import asyncio


async def process(item):
    await asyncio.sleep(0.2)
    print("processed", item)


async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.5
    async with asyncio.timeout_at(deadline):
        for item in ["a", "b", "c", "d", "e"]:
            await process(item)
    print("all processed")


asyncio.run(main())
