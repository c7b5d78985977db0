# Calling a coroutine object as if it were the function.
import asyncio

async def hello():
    print("hello")

async def main():
    coro = hello()
    await coro()

asyncio.run(main())
