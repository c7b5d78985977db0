import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        result *= i
    await asyncio.sleep(0.1)
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, r in zip(numbers, results):
        print(f'{n:4d}! = {r:.4e}')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([10, 20, 100, 170, 171, 200]))
    print('Main - Done')

if __name__ == '__main__':
    main()
