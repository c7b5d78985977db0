import asyncio

async def factorial(n):
    if n < 0:
        raise ValueError(f'factorial is not defined for {n}')
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    numbers = [5, -2, 3, 'x', 6]
    results = await asyncio.gather(*(factorial(n) for n in numbers), return_exceptions=True)
    for n, r in zip(numbers, results):
        if isinstance(r, Exception):
            print(f'{n!r}: {type(r).__name__}: {r}')
        else:
            print(f'{n!r}: {r}')

asyncio.run(main())
