# what the learner sees when printing the loop and the types of asyncio's objects
import asyncio

async def factorial(n):
    await asyncio.sleep(0.01)
    return n

async def main():
    loop = asyncio.get_running_loop()
    print(loop)
    print(type(loop).__name__, type(asyncio.current_task()))
    g = asyncio.gather(factorial(1))
    print(type(g), type(g).__mro__[1])
    print(await g)
    print(asyncio.TimeoutError is TimeoutError, asyncio.CancelledError.__mro__)
    print(asyncio.Task.__name__, asyncio.Task.__module__, asyncio.Future.__module__)
    print(type(factorial(2)).__name__, type(factorial).__name__)

asyncio.run(main())
