import asyncio
import sys

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

async def factorial(n):
    await asyncio.sleep(0.1)
    try:
        return fact(n)
    except RecursionError:
        return None

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, r in zip(numbers, results):
        print(n, 'too deep' if r is None else f'ok ({len(str(r))} digits)')

def main():
    print('limit', sys.getrecursionlimit())
    asyncio.run(calculate_factorials([10, 100, 500, 990, 1000]))

if __name__ == '__main__':
    main()
