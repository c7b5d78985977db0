import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        result *= i
        if i % 25 == 0:
            await asyncio.sleep(0.01)
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, r in zip(numbers, results):
        print(f'{n}! has {len(str(r))} digits')
        print(r)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([50, 100, 200]))
    print('Main - Done')

if __name__ == '__main__':
    main()
