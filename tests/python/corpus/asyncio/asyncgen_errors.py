# Exceptions inside an async generator reach the async for; StopAsyncIteration; anext() with a default.
import asyncio

async def gen():
    yield 1
    await asyncio.sleep(0)
    raise ValueError('inside gen')

async def empty():
    return
    yield

async def main():
    try:
        async for x in gen():
            print('got', x)
    except ValueError as e:
        print('async for raised', e)
    print(await anext(empty(), 'default'))
    try:
        await anext(empty())
    except StopAsyncIteration as e:
        print('StopAsyncIteration', repr(e))
    it = aiter(gen())
    print(await anext(it))

asyncio.run(main())
