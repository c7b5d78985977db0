# Factorial exercise: bigger numbers, printed with thousands separators and their digit counts.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        if i % 10 == 0:
            await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, r in zip(numbers, results):
        print(f'{n}! = {r:,} ({len(str(r))} digits)')
    print(f'{results[-1]:.3e}', results[-1] % 1000003, hex(results[0]))

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([20, 25, 50, 30]))
    print('Main - Done')

if __name__ == '__main__':
    main()
