# Async generators chained into a pipeline, with async comprehensions and aclose().
import asyncio

async def ticker(n, delay=0.01):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print(f"ticker({n}) closed")

async def only_even(source):
    async for x in source:
        if x % 2 == 0:
            yield x

async def scaled(source, k):
    async for x in source:
        yield x * k

async def main():
    print([x async for x in scaled(only_even(ticker(7)), 10)])
    print({x: x * x async for x in ticker(3) if x})
    gen = ticker(100)
    print(await gen.__anext__(), await anext(gen), await anext(gen, "unused"))
    await gen.aclose()
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")
    print(await anext(only_even(ticker(0)), "empty"))
    total = 0
    async for v in ticker(5):
        total += v
        if v == 2:
            break
    print("total", total)
    print(type(gen).__name__, hasattr(gen, "__aiter__"))
    try:
        for x in ticker(1):
            pass
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
