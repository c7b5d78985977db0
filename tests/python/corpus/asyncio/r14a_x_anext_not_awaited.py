# anext() without await, with and without a default: no "never awaited" warning (CPython's awaitables are not coroutines)
import asyncio

async def numbers():
    for i in range(3):
        yield i

async def main():
    g = numbers()
    first = anext(g)
    print('first is a number?', isinstance(first, int))
    second = anext(g, None)
    print('second is None?', second is None)
    del first, second
    print('awaited:', await anext(g), await anext(g, 'done'))
    g.asend(None)
    g.athrow(ValueError)
    g.aclose()
    print('end')

asyncio.run(main())
print('after run')
