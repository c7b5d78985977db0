import asyncio

async def partial_factorials(n):
    value = 1
    yield 0, value
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        value *= i
        yield i, value

async def main():
    async for i, value in partial_factorials(8):
        print(f'{i}! = {value:>6}')
    last = [v async for _, v in partial_factorials(4)]
    print('list:', last)

asyncio.run(main())
