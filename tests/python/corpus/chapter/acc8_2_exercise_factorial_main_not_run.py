# The 34.8 exercise with asyncio.run forgotten: calculate_factorials(...) is called but never run.
import asyncio

async def factorial(n):
    f = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f

async def calculate_factorials(numbers):
    print(await asyncio.gather(*[factorial(n) for n in numbers]))

def main():
    print('Main - Starting')
    calculate_factorials([5, 7, 3, 6])
    print('Main - Done')

if __name__ == '__main__':
    main()
