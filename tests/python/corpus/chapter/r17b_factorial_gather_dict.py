# The 34.8 exercise with gather, results zipped into a dict and printed with format specs
import asyncio

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    table = dict(zip(numbers, results))
    for n, f in table.items():
        print(f'{n:>2}! = {f:>6,}')
    print('max:', max(table, key=table.get))

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
