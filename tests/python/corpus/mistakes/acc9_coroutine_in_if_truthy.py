# A coroutine function called in an if without await: always true.
import asyncio

async def is_ready():
    await asyncio.sleep(0.1)
    return False

async def main():
    if is_ready():
        print("ready!")

asyncio.run(main())
