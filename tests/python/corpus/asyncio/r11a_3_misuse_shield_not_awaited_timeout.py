import asyncio


async def main():
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=-1)
    except TimeoutError as e:
        print("negative timeout:", type(e).__name__, e.args)
    try:
        async with asyncio.timeout(-1):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout(-1) expired at once")
    await asyncio.wait_for(asyncio.shield(asyncio.sleep(1)), timeout=0.01)


asyncio.run(main())
