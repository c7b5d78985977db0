# An async generator of factorials, then a plain for loop over it (and list() of it).
import asyncio


async def factorials(limit):
    f = 1
    for n in range(1, limit + 1):
        await asyncio.sleep(0.01)
        f *= n
        yield n, f


async def main():
    async for n, f in factorials(3):
        print(f"{n}! = {f}")
    print([pair async for pair in factorials(5)][-1])
    gen = factorials(3)
    print(type(gen).__name__, hasattr(gen, "__aiter__"), hasattr(gen, "__iter__"))
    try:
        list(gen)
    except TypeError as e:
        print("TypeError:", e)
    for pair in factorials(3):
        print(pair)


asyncio.run(main())
