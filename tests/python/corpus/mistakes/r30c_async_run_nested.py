# Calling asyncio.run from inside a coroutine.
import asyncio

async def inner():
    await asyncio.sleep(0.01)
    return "inner"

async def main():
    print("starting")
    result = asyncio.run(inner())
    print(result)

asyncio.run(main())
