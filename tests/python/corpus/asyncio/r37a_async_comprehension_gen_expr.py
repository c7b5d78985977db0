# Async generator expressions, async comprehensions with filters and awaits in the element, and sum over them
import asyncio


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return 2 * x


async def main():
    ge = (x * x async for x in agen(5) if x % 2)
    print(type(ge).__name__)
    print([v async for v in ge])
    print({x: await double(x) async for x in agen(3)})
    print([await double(x) for x in range(3)])
    print(sorted({x % 3 async for x in agen(7)}))
    nested = [[y async for y in agen(x)] async for x in agen(4)]
    print(nested)
    gen_of_coros = (double(x) for x in range(4))
    print(sum(await asyncio.gather(*gen_of_coros)))


asyncio.run(main())
