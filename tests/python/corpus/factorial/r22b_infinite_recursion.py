import asyncio

def fact(n):
    return n * fact(n - 1)

async def factorial(n):
    await asyncio.sleep(0.1)
    return fact(n)

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print(results)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
