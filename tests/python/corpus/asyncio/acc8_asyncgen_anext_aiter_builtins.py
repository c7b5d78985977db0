# aiter() and anext() builtins on an async generator, anext's default, StopAsyncIteration at the end.
import asyncio

async def countdown(n):
    while n:
        yield n
        n -= 1
        await asyncio.sleep(0)

async def main():
    it = aiter(countdown(2))
    print(await anext(it))
    print(await anext(it))
    print(await anext(it, 'default'))
    try:
        await anext(it)
    except StopAsyncIteration as e:
        print('StopAsyncIteration', e.args)
    try:
        anext([1])
    except TypeError as e:
        print('TypeError:', e)
    try:
        aiter([1])
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
