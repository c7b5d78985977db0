# test_asyncgen: anext() with a default returns it at the end instead of raising
import asyncio

async def two():
    yield 'a'
    yield 'b'

async def main():
    g = two()
    print(await anext(g, 'end'), await anext(g, 'end'), await anext(g, 'end'), await anext(g, 'end'))
    g2 = two()
    print([await anext(g2) for _ in range(2)])
    try:
        await anext(g2)
    except StopAsyncIteration as e:
        print('StopAsyncIteration', e.args)
    try:
        anext([1, 2])
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
