# Calling asyncio.run from inside a coroutine that is already running.
import asyncio

async def helper():
    await asyncio.sleep(0.01)
    return 7

async def main():
    value = asyncio.run(helper())
    print(value)

asyncio.run(main())
