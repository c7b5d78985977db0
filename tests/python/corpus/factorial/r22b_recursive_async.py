import asyncio

async def factorial(n):
    await asyncio.sleep(0.1)
    if n <= 1:
        return 1
    return n * await factorial(n - 1)

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for number, result in zip(numbers, results):
        print(f"The factorial of {number} is {result}")

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
