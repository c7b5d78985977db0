import asyncio
import math

async def factorial(n):
    await asyncio.sleep(0.1)
    return math.factorial(n)

async def calculate_factorials(numbers):
    for c in asyncio.as_completed([factorial(n) for n in numbers]):
        try:
            print(await c)
        except (TypeError, ValueError) as exc:
            print(type(exc).__name__ + ':', exc)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5.0]))
    asyncio.run(calculate_factorials([2.5]))
    print('Main - Done')

if __name__ == '__main__':
    main()
