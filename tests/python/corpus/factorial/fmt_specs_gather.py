# Factorial exercise: gather over a list comprehension, a table with format specs.
import asyncio

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print(f"{'n':>5} | {'n!':>12} | {'digits':<6}|")
    print('-' * 30)
    for n, f in zip(numbers, results):
        print(f'{n:>5} | {f:>12,} | {len(str(f)):<6}|')
    print(f'{"total":>5} | {sum(results):>12_} |')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
