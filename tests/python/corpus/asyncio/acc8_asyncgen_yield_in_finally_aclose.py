# aclose() on an async generator whose finally awaits works; one that yields in finally: RuntimeError.
import asyncio

async def polite():
    try:
        yield 1
    finally:
        await asyncio.sleep(0)
        print('polite cleanup awaited')

async def rude():
    try:
        yield 1
    finally:
        yield 2

async def main():
    g = polite()
    print(await anext(g))
    await g.aclose()
    r = rude()
    print(await anext(r))
    try:
        await r.aclose()
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
