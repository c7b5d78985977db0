# async generator misuse: a non-None first asend, aclose while running, athrow before start
import asyncio

async def gen():
    yield 1
    await asyncio.sleep(0.01)
    yield 2

async def main():
    g = gen()
    try:
        await g.asend('hi')
    except TypeError as e:
        print('TypeError:', e)
    g2 = gen()
    try:
        await g2.athrow(ValueError('early'))
    except ValueError as e:
        print('athrow before start raised', repr(e))
    print(await anext(g2, 'empty'))
    g3 = gen()
    await anext(g3)
    t = asyncio.ensure_future(anext(g3))
    await asyncio.sleep(0)
    try:
        await g3.aclose()
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(await t)

asyncio.run(main())
