import asyncio


async def runner(name, barrier):
    print(name, "ready")
    await barrier.wait()
    print(name, "go")


async def main():
    barrier = asyncio.Barrier(3)
    async with asyncio.timeout(0.1):
        await asyncio.gather(runner("a", barrier), runner("b", barrier))


asyncio.run(main())
