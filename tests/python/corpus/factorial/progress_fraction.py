# Factorial exercise: each step prints how far along that factorial is.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
        print(f'{n}!: step {i}/{n} ({i * 100 // n}%) -> {result}')
    return result

async def calculate_factorials(numbers):
    await asyncio.gather(*[factorial(n) for n in numbers])

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([2, 4, 3]))
    print('Main - Done')

if __name__ == '__main__':
    main()
