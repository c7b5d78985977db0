# Factorial exercise: the results in a dict keyed by number.
import asyncio

async def factorial(n):
    product = 1
    for k in range(1, n + 1):
        await asyncio.sleep(0.1)
        product *= k
    return product

async def calculate_factorials(numbers):
    results = dict(zip(numbers, await asyncio.gather(*(factorial(n) for n in numbers))))
    print(results)
    for n in sorted(results):
        print(f'{n:>2}! = {results[n]:>6,}')
    return results

def main():
    print('Main - Starting')
    results = asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('largest:', max(results.values()))
    print('Main - Done')

if __name__ == '__main__':
    main()
