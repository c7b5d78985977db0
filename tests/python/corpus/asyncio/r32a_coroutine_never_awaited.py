# Calling a coroutine function without awaiting it: the RuntimeWarning
import asyncio

async def greet(name):
    print("hello", name)

async def main():
    greet("world")
    print("after the forgotten call")
    await greet("again")

asyncio.run(main())
