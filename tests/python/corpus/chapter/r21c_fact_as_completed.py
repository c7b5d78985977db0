# The exercise with as_completed returning (n, n!) pairs in finish order.
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return n, f

async def calculate_factorials(numbers):
    for coro in asyncio.as_completed([factorial(n) for n in numbers]):
        n, f = await coro
        print(f'{n}! = {f:>6,}')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

main()
