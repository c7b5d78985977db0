# Mistake: as_completed() given a generator expression (3.11 counts a generator as a coroutine).
import asyncio
def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7]))
    print('Main - Done')
async def calculate_factorials(nums):
    for coro in asyncio.as_completed(factorial(n) for n in nums):
        print(await coro)
async def factorial(n):
    await asyncio.sleep(0.01)
    return n
main()
