# anext() with and without a default, aiter(), an async generator's names and attributes when exhausted
import asyncio
async def main():
    async def agen():
        yield 1
        yield 2
    g = agen()
    print(type(g).__name__, g.__name__, g.__qualname__)
    print(await anext(g), await anext(g), await anext(g, 'default'))
    try:
        await anext(g)
    except StopAsyncIteration as e:
        print('StopAsyncIteration', e.args)
    print(g.ag_running, g.ag_await)
    it = aiter(agen())
    print(type(it).__name__, [x async for x in it])
    try:
        anext([1])
    except TypeError as e:
        print('TypeError:', e)
asyncio.run(main())
