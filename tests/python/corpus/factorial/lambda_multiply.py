# Factorial exercise: a lambda does the multiplication; results printed sorted by value with a lambda key.
import asyncio

multiply = lambda a, b: a * b

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        result = multiply(result, i)
    return (n, result)

async def calculate_factorials(numbers):
    pairs = await asyncio.gather(*map(factorial, numbers))
    for n, value in sorted(pairs, key=lambda p: p[1], reverse=True):
        print(f'{n}! = {value}')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
