# added 0 to the factorial list; my version starts the loop at 0 so everything comes out 0
import asyncio

async def factorial(n):
    result = 1
    for i in range(n + 1):
        await asyncio.sleep(0.01)
        result = result * i
    print(f'factorial({n}) = {result}')
    return result

async def calculate_factorials(nums):
    results = await asyncio.gather(*[factorial(n) for n in nums])
    assert results[0] == 1, f'0! should be 1, got {results[0]}'
    print(results)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([0, 5, 3]))
    print('Main - Done')

if __name__ == '__main__':
    main()
