# Forgot the colon after an async def's parameters.
import asyncio

async def fetch(n)
    await asyncio.sleep(0.1)
    return n * 2

async def main():
    print(await fetch(3))

asyncio.run(main())
