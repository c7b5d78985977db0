# An async generator yields each partial product; the consumer prints them
import asyncio

async def factorial_steps(n):
    total = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        total *= i
        yield i, total

async def calculate_factorials(numbers):
    for n in numbers:
        async for i, partial in factorial_steps(n):
            print(f'{n}: step {i} -> {partial}')
        print(f'{n}! done')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([3, 4]))
    print('Main - Done')

if __name__ == '__main__':
    main()
