# test_asyncgen: aclose() of a generator that yields in finally -> RuntimeError
import asyncio

async def gen():
    try:
        yield 1
    finally:
        yield 2

async def main():
    g = gen()
    print(await g.__anext__())
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def gen2():
        try:
            yield 1
        except GeneratorExit:
            print("cleanup ran")
            raise
    g2 = gen2()
    await g2.__anext__()
    print(await g2.aclose())

asyncio.run(main())
