# test_asyncgen: raising StopAsyncIteration or StopIteration inside becomes a RuntimeError
import asyncio

async def bad1():
    yield 1
    raise StopAsyncIteration

async def bad2():
    yield 1
    raise StopIteration

async def main():
    for gen in (bad1, bad2):
        g = gen()
        await anext(g)
        try:
            await anext(g)
        except RuntimeError as e:
            print('RuntimeError:', e, '| cause', type(e.__cause__).__name__)

asyncio.run(main())
