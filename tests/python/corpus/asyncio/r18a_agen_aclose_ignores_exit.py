# async generators: aclose() while suspended, one that yields in finally, athrow
import asyncio

async def polite():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('polite: GeneratorExit')
        raise
    finally:
        await asyncio.sleep(0)
        print('polite: cleaned up')

async def stubborn():
    try:
        yield 'a'
    finally:
        yield 'b'

async def main():
    g = polite()
    print(await g.asend(None))
    await g.aclose()
    print('closed twice ok:', await g.aclose())
    s = stubborn()
    print(await anext(s))
    try:
        await s.aclose()
    except RuntimeError as e:
        print('RuntimeError:', e)
    g2 = polite()
    print(await anext(g2))
    try:
        await g2.athrow(ValueError('thrown'))
    except ValueError as e:
        print('athrow propagated:', e)
    print(await anext(g2, 'exhausted'))
    print([x async for x in polite()])

asyncio.run(main())
