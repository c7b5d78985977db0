# Awaiting the coroutine function itself.
import asyncio

async def hello():
    print("hello")

async def main():
    await hello

asyncio.run(main())
