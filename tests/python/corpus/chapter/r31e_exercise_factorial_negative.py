# what if someone asks for the factorial of a negative number? I raise.
import asyncio

async def factorial(n):
    if n < 0:
        raise ValueError(f'factorial() not defined for negative values: {n}')
    result = 1
    while n > 1:
        result *= n
        n -= 1
        await asyncio.sleep(0.005)
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print(dict(zip(numbers, results)))

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 0, -3, 4]))
    print('Main - Done')

if __name__ == '__main__':
    main()
