# Factorial exercise: each factorial under asyncio.wait_for, one with too short a timeout.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    for n, limit in numbers:
        try:
            print(f'{n}! = {await asyncio.wait_for(factorial(n), timeout=limit)}')
        except asyncio.TimeoutError:
            print(f'{n}! took longer than {limit} s')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([(3, 1), (7, 0.35), (2, 0.5)]))
    print('Main - Done')

if __name__ == '__main__':
    main()
