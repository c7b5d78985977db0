import asyncio

def fact(n):
    if n == 0:
        return 1
    return n * fact(n - 1)

async def factorial(n):
    await asyncio.sleep(0.1 * abs(n))
    return fact(n)

async def calculate_factorials(numbers):
    for coro in asyncio.as_completed([factorial(n) for n in numbers]):
        print(await coro)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, -1]))
    print('Main - Done')

if __name__ == '__main__':
    main()
