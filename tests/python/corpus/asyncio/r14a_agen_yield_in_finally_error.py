# test_asyncgen: yielding while closing raises RuntimeError "async generator ignored GeneratorExit"
import asyncio

async def gen():
    try:
        yield 1
    finally:
        yield 2

async def main():
    g = gen()
    print(await anext(g))
    try:
        await g.aclose()
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
