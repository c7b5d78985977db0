# Calling asyncio.run from inside a coroutine that is already running
import asyncio

async def helper():
    await asyncio.sleep(0.1)
    return 42

async def main():
    print("main started")
    value = asyncio.run(helper())
    print("value:", value)

asyncio.run(main())
