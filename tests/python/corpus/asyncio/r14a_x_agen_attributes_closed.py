# test_asyncgen: __name__/__qualname__ set, ag_* attributes, ABCs, asend and athrow of a closed generator
import asyncio, types
async def gen():
    yield 1
async def main():
    g = gen()
    print(g.__name__, g.__qualname__)
    g.__name__ = 'renamed'
    g.__qualname__ = 'Q.renamed'
    print(g.__name__, g.__qualname__, repr(g).split(' at ')[0])
    print(g.ag_await, g.ag_running, type(g.ag_code).__name__)
    try:
        g.__name__ = 5
    except TypeError as e:
        print('TypeError', e)
    print(isinstance(g, types.AsyncGeneratorType), isinstance(g, types.GeneratorType))
    import collections.abc as abc
    print(isinstance(g, abc.AsyncGenerator), isinstance(g, abc.AsyncIterator), isinstance(g, abc.Awaitable))
    print(await g.asend(None))
    await g.aclose()
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print('closed asend -> StopAsyncIteration')
    try:
        await g.athrow(ValueError)
    except StopAsyncIteration:
        print('closed athrow -> StopAsyncIteration')
    except ValueError:
        print('closed athrow -> ValueError')
asyncio.run(main())
