# Factorial exercise: a nested helper coroutine does one step; the outer one loops over it.
import asyncio

async def factorial(n):
    async def step(acc, i):
        await asyncio.sleep(0.1)
        return acc * i

    acc = 1
    for i in range(1, n + 1):
        acc = await step(acc, i)
    print(f'done: {n}! = {acc}')
    return acc

async def calculate_factorials(numbers):
    return await asyncio.gather(*[factorial(n) for n in numbers])

def main():
    print('Main - Starting')
    results = asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Results:', results)
    print('Main - Done')

if __name__ == '__main__':
    main()
