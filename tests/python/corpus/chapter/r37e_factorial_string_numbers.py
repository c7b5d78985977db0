# read the numbers as strings from split() and forgot int()
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print(dict(zip(numbers, results)))

def main():
    text = '5 7 3 6'
    print('Main - Starting')
    asyncio.run(calculate_factorials(text.split()))
    print('Main - Done')

if __name__ == '__main__':
    main()
