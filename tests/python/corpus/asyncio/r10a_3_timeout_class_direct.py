import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.Timeout(loop.time() + 0.05)
    print(type(t).__name__, t.expired())
    try:
        async with t:
            await asyncio.sleep(1)
    except TimeoutError:
        print('expired', t.expired())
    t2 = asyncio.Timeout(None)
    async with t2:
        await asyncio.sleep(0.01)
    print(t2.when(), t2.expired())
    print(asyncio.timeout is not asyncio.Timeout, isinstance(asyncio.timeout(1), asyncio.Timeout))

asyncio.run(main())
