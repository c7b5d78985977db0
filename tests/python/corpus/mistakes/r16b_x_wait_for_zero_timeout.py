# wait_for with timeout=0: even a quick coroutine times out
import asyncio

async def quick():
    return 1

async def main():
    print(await asyncio.wait_for(quick(), timeout=1))
    print(await asyncio.wait_for(quick(), timeout=0))

asyncio.run(main())
