# A negative number raises ValueError inside gather and nobody catches it
import asyncio

async def factorial(n):
    if n < 0:
        raise ValueError('negative number: ' + str(n))
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result = result * i
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print(results)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, -1, 3]))
    print('Main - Done')

if __name__ == '__main__':
    main()
