# exercise with a negative number in the list; return_exceptions keeps the others going
import asyncio

async def factorial(n):
    if n < 0:
        raise ValueError(f'factorial not defined for {n}')
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def calculate_factorials(nums):
    results = await asyncio.gather(*(factorial(n) for n in nums), return_exceptions=True)
    for n, r in zip(nums, results):
        if isinstance(r, Exception):
            print(f'{n:>3}: error -> {type(r).__name__}: {r}')
        else:
            print(f'{n:>3}: {r}')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, -2, 3, -1, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
