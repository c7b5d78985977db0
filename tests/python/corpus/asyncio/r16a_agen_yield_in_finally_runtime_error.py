# An async generator that yields while closing: aclose() raises RuntimeError
import asyncio

async def stubborn():
    try:
        yield 1
    finally:
        yield 'refuses to close'

async def main():
    g = stubborn()
    print(await anext(g))
    try:
        await g.aclose()
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
