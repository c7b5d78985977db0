# asyncio.timeout used with a plain with.
import asyncio

async def main():
    with asyncio.timeout(1):
        await asyncio.sleep(0.1)
    print("done")

asyncio.run(main())
