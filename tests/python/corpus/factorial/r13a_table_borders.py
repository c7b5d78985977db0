import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.005)
        result *= i
    return result

async def main():
    numbers = [0, 1, 5, 10, 15, 20]
    values = await asyncio.gather(*map(factorial, numbers))
    width = len(f'{max(values):,}')
    line = '+' + '-' * 6 + '+' + '-' * (width + 2) + '+'
    print(line)
    print(f'| {"n":>4} | {"n!":^{width}} |')
    print(line)
    for n, v in zip(numbers, values):
        print(f'| {n:>4} | {v:>{width},} |')
    print(line)

asyncio.run(main())
