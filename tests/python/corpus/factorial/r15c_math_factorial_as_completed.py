# math.factorial does the work; as_completed reports in order of the delays
import asyncio
import math

async def factorial(n):
    await asyncio.sleep(n / 10)
    return n, math.factorial(n)

async def calculate_factorials(numbers):
    for coro in asyncio.as_completed([factorial(n) for n in numbers]):
        n, value = await coro
        print(f"{n:>2}! = {value:>6}")

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
