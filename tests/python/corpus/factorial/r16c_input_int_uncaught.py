# int() of a word from stdin raises ValueError before the loop starts
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f

async def calculate_factorials(numbers):
    print(await asyncio.gather(*[factorial(n) for n in numbers]))

def main():
    print('Main - Starting')
    numbers = [int(x) for x in input().split()]
    asyncio.run(calculate_factorials(numbers))
    print('Main - Done')

if __name__ == '__main__':
    main()
