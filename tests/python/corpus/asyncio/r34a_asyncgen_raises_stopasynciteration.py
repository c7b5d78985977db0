# An async generator that raises StopAsyncIteration itself gets a RuntimeError (PEP 479 for async)
import asyncio


async def pages(n):
    for i in range(n):
        yield i
        if i == 1:
            raise StopAsyncIteration("no more pages")


async def main():
    got = []
    try:
        async for p in pages(5):
            got.append(p)
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))
    print(got)
    print([p async for p in pages(1)])
    async for p in pages(3):
        print("page", p)


asyncio.run(main())
