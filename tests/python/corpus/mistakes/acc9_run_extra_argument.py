# asyncio.run given the coroutine's argument separately.
import asyncio

async def greet(name):
    print("hello", name)

asyncio.run(greet, "Ann")
