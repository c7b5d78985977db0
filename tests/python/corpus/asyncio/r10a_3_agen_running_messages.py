# An async generator at an await in another task: anext/asend/athrow/aclose refused, and its awaitables reused.
import asyncio
async def gen():
    await asyncio.sleep(0.01)
    yield 1
    yield 2
    yield 3
async def main():
    g = gen()
    t = asyncio.create_task(g.__anext__())
    await asyncio.sleep(0)
    for name, mk in [('anext', lambda: g.__anext__()), ('asend', lambda: g.asend(None)), ('athrow', lambda: g.athrow(ValueError)), ('aclose', lambda: g.aclose()), ('anext()', lambda: anext(g))]:
        try:
            await mk()
        except RuntimeError as e:
            print(name, 'RuntimeError:', e)
    print(await t)
    a = g.asend(None)
    print(await a)
    try:
        await a
    except RuntimeError as e:
        print('RuntimeError:', e)
    n = g.__anext__()
    try:
        print(await n)
        await n
    except (RuntimeError, StopAsyncIteration) as e:
        print(type(e).__name__, e)
    th = g.athrow(KeyError('k'))
    try:
        await th
    except KeyError as e:
        print('KeyError', e)
    try:
        await th
    except RuntimeError as e:
        print('RuntimeError:', e)
asyncio.run(main())
