import asyncio


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return 2 * x


async def main():
    evens = [x async for x in numbers(10) if x % 2 == 0]
    print(evens)
    squares = {x: x * x async for x in numbers(4)}
    print(squares)
    doubled = [await double(x) for x in range(4)]
    print(doubled)
    letters = {c async for c in (ch async for ch in aiter_str("banana"))}
    print(sorted(letters))
    gen = (await double(x) async for x in numbers(3))
    print(type(gen).__name__, [v async for v in gen])


async def aiter_str(s):
    for ch in s:
        yield ch


asyncio.run(main())
