# Mistake: await inside a lambda in a coroutine: a SyntaxError.
import asyncio

async def double(x):
    await asyncio.sleep(0)
    return x * 2

async def main():
    f = lambda x: await double(x)
    print(await f(3))

asyncio.run(main())
