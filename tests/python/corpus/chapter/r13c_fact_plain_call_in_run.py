# calculate_factorials is a plain function: asyncio.run gets its None
import asyncio

async def factorial(number):
    result = 1
    for i in range(1, number + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

def calculate_factorials(numbers):
    print('calculate_factorials - making', len(numbers), 'coroutines')
    coros = [factorial(n) for n in numbers]
    print('first is a', type(coros[0]).__name__)
    return None

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7]))
    print('Main - Done')

if __name__ == '__main__':
    main()
