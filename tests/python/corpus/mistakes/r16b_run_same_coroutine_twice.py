# The same coroutine object given to asyncio.run twice
import asyncio

async def greet():
    await asyncio.sleep(0.01)
    print("hi")
    return 1

coro = greet()
print(asyncio.run(coro))
print(asyncio.run(coro))
