# async generator misuse: asend before start, concurrent anext, athrow on fresh gen
import asyncio

async def gen():
    await asyncio.sleep(0.01)
    yield 1
    yield 2

async def main():
    g = gen()
    try:
        await g.asend('hello')
    except TypeError as e:
        print('TypeError:', e)
    g = gen()
    t1 = asyncio.create_task(anext(g))
    t2 = asyncio.create_task(anext(g))
    for t in (t1, t2):
        try:
            print('got', await t)
        except RuntimeError as e:
            print('RuntimeError:', e)
    f = gen()
    try:
        await f.athrow(KeyError('fresh'))
    except KeyError as e:
        print('KeyError from fresh athrow:', e)
    print(await anext(f, 'exhausted after athrow'))
    try:
        anext(5)
    except TypeError as e:
        print('TypeError:', e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
