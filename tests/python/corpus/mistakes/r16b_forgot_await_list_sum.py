# A list of coroutine objects summed: the awaits were forgotten in the comprehension
import asyncio

async def square(n):
    await asyncio.sleep(0.01)
    return n * n

async def main():
    squares = [square(i) for i in range(4)]
    print("count:", len(squares))
    print("total:", sum(squares))

asyncio.run(main())
