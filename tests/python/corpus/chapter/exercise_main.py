# Chapter 34.8: the exercise's main() as the chapter gives it, with a
# calculate_factorials of the simplest kind (gather of a list comprehension).
import asyncio

async def factorial(number):
    result = 1
    for i in range(1, number + 1):
        await asyncio.sleep(0.1)
        result *= i
    print(f'{number}! = {result}')
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print('Results:', results)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
