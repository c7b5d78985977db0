# Factorial exercise: as_completed, printing each result as soon as it is ready.
import asyncio

async def factorial(n):
    total = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        total = total * i
    return n, total

async def calculate_factorials(numbers):
    for future in asyncio.as_completed([factorial(n) for n in numbers]):
        n, result = await future
        print(f'{n}! = {result}')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
