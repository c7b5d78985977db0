# asyncio.timeout used with plain 'with' instead of 'async with'.
import asyncio

async def main():
    with asyncio.timeout(0.5):
        await asyncio.sleep(0.1)
    print('ok')

asyncio.run(main())
