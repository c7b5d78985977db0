import asyncio

async def factorial_steps(n):
    value = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.05)
        value *= i
        yield i, value

async def factorial(n):
    last = 1
    async for i, value in factorial_steps(n):
        last = value
    return last

async def calculate_factorials(numbers):
    async for i, v in factorial_steps(4):
        print(f'  step {i}: {v}')
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print(results)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
