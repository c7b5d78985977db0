import asyncio


async def risky():
    try:
        await asyncio.sleep(0)
        raise ValueError("original problem")
    finally:
        await asyncio.sleep(0)
        cleanup = None
        cleanup.close()


async def main():
    await risky()


asyncio.run(main())
