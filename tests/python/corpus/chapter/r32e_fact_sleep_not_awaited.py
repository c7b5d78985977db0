# forgot to await asyncio.sleep(0.1) in the loop
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    print(await asyncio.gather(*[factorial(n) for n in numbers]))

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([3, 2]))
    print('Main - Done')

if __name__ == '__main__':
    main()
