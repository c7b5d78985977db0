import asyncio

async def factorial(n):
    if n < 0:
        raise ValueError(f'factorial not defined for negative number {n}')
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers], return_exceptions=True)
    for n, r in zip(numbers, results):
        if isinstance(r, Exception):
            print(f'{n}: error -> {r!r}')
        else:
            print(f'{n}: {r}')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, -2, 3, 0]))
    print('Main - Done')

if __name__ == '__main__':
    main()
