# factorial exercise where I forgot the await before asyncio.sleep(0.1)
import asyncio

async def factorial(n):
    f = 1
    for i in range(1, n + 1):
        asyncio.sleep(0.1)
        f *= i
    return f

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print(dict(zip(numbers, results)))

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([3, 2]))
    print('Main - Done')

if __name__ == '__main__':
    main()
