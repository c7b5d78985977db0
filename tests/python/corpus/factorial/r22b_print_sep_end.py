import asyncio

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print('numbers', *numbers, sep=' | ')
    print('results', *results, sep=' | ')
    for r in results:
        print(r, end=', ')
    print()
    print(*[f'{n}!={r}' for n, r in zip(numbers, results)], sep='\n', end='\n---\n')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
