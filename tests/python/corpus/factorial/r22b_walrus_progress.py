import asyncio

async def factorial(n):
    acc = 1
    i = 0
    while (i := i + 1) <= n:
        await asyncio.sleep(0.1)
        acc *= i
        print(f'[{n}] {i}/{n}', end='  ' if i < n else '\n', flush=True)
    return acc

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print()
    print(results)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 3, 4]))
    print('Main - Done')

if __name__ == '__main__':
    main()
