# the exercise as the book says, sleep(0.1) per loop, printing every step
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        print(f'  factorial({n}) step {i}')
        await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print(results)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([2, 4, 3]))
    print('Main - Done')

if __name__ == '__main__':
    main()
