# asyncio.timeout context manager expiring uncaught
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("caught", type(e).__name__, repr(e), type(e.__context__).__name__)
    async with asyncio.timeout(0.02):
        await asyncio.sleep(1)

asyncio.run(main())
