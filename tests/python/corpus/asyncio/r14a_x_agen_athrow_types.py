# test_asyncgen: athrow with a class, with an instance, and into an unstarted generator
import asyncio

async def gen():
    try:
        yield 1
    except Exception as e:
        yield f'caught {e!r}'

async def main():
    g = gen()
    await anext(g)
    print(await g.athrow(ValueError))
    g2 = gen()
    await anext(g2)
    print(await g2.athrow(KeyError('k')))
    g3 = gen()
    try:
        await g3.athrow(OSError('early'))
    except OSError as e:
        print('unstarted raised', repr(e))
    print(await anext(g3, 'exhausted'))

asyncio.run(main())
