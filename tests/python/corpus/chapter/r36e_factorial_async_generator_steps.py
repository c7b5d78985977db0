# factorial as an async generator so I can watch each partial product arrive
import asyncio

async def factorial_steps(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
        yield i, result

async def show(n):
    parts = []
    async for i, partial in factorial_steps(n):
        parts.append(str(partial))
    print(f'{n}!: ' + ' -> '.join(parts))
    return partial

async def calculate_factorials(nums):
    results = await asyncio.gather(*[show(n) for n in nums])
    print(dict(zip(nums, results)))

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
