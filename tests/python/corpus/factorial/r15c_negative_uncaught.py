# a negative input left unhandled: the traceback of the first failure
import asyncio

async def factorial(n):
    if n < 0:
        raise ValueError("negative numbers have no factorial")
    total = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        total *= i
    return total

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print(results)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, -1, 3]))
    print('Main - Done')

if __name__ == '__main__':
    main()
