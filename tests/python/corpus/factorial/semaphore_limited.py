# Factorial exercise: a semaphore lets only two factorials run at a time.
import asyncio

async def factorial(n, limit):
    async with limit:
        print(f'start {n}')
        result = 1
        for i in range(1, n + 1):
            await asyncio.sleep(0.1)
            result *= i
        print(f'end {n}: {result}')
        return result

async def calculate_factorials(numbers):
    limit = asyncio.Semaphore(2)
    return await asyncio.gather(*[factorial(n, limit) for n in numbers])

def main():
    print('Main - Starting')
    print(asyncio.run(calculate_factorials([3, 2, 4, 1])))
    print('Main - Done')

if __name__ == '__main__':
    main()
