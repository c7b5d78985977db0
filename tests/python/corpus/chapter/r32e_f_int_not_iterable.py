# calculate_factorials given one number, not a list
import asyncio

async def factorial(n):
    await asyncio.sleep(0.01)
    return n

async def calculate_factorials(numbers):
    return await asyncio.gather(*[factorial(n) for n in numbers])

def main():
    print('Main - Starting')
    print(asyncio.run(calculate_factorials(5)))
    print('Main - Done')

if __name__ == '__main__':
    main()
