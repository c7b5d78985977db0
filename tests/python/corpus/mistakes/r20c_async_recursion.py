# RecursionError in recursive coroutine
import asyncio

async def depth(n):
    return await depth(n + 1)

async def main():
    print("start")
    await depth(0)

asyncio.run(main())
