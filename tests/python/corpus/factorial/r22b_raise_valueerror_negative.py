import asyncio

async def factorial(n):
    if n < 0:
        raise ValueError('Factorial is not defined for negative numbers: %d' % n)
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    tasks = [asyncio.create_task(factorial(n)) for n in numbers]
    for n, t in zip(numbers, tasks):
        print(n, '=>', await t)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 3, -4, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
