import asyncio

async def work():
    await asyncio.sleep(0.5)

async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.05
    async with asyncio.timeout_at(deadline):
        await work()
    print("unreachable")

asyncio.run(main())
