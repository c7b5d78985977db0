# Chaining async generators: numbers -> evens -> squares (a "beginners" favourite)
import asyncio

async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i

async def evens(source):
    async for x in source:
        if x % 2 == 0:
            yield x

async def squares(source):
    async for x in source:
        yield x * x

async def take(source, k):
    out = []
    async for x in source:
        out.append(x)
        if len(out) == k:
            break
    return out

async def main():
    print(await take(squares(evens(numbers(20))), 4))
    gen = numbers(3)
    print(gen.__class__.__name__, gen.__name__)
    async for v in gen:
        print("got", v)
    await gen.aclose()
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("closed generator is exhausted")

asyncio.run(main())
