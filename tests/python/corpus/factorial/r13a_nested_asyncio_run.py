import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def calculate_factorials(numbers):
    for n in numbers:
        print(n, asyncio.run(factorial(n)))

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7]))
    print('Main - Done')

main()
