# taking numbers from sys.argv and falling back to the book's list
import asyncio
import sys

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        f *= i
    return f

async def calculate_factorials(numbers):
    return await asyncio.gather(*map(factorial, numbers))

def main():
    print('script:', sys.argv[0], 'args:', sys.argv[1:])
    numbers = [int(a) for a in sys.argv[1:]] or [5, 7, 3, 6]
    print(asyncio.run(calculate_factorials(numbers)))

if __name__ == '__main__':
    main()
