import asyncio

async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0.001)
        yield i

async def squares(source):
    async for x in source:
        yield x * x

async def only_even(source):
    async for x in source:
        if x % 2 == 0:
            yield x

async def take(source, k):
    out = []
    async for x in source:
        out.append(x)
        if len(out) == k:
            break
    return out

async def main():
    pipeline = only_even(squares(numbers(20)))
    print(await take(pipeline, 4))
    total = sum([x async for x in squares(numbers(5))])
    print("sum of squares:", total)

asyncio.run(main())
