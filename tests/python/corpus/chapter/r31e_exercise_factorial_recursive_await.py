# recursive async factorial: each level awaits the one below
import asyncio

depth = 0

async def factorial(n):
    global depth
    depth += 1
    await asyncio.sleep(0.001)
    if n <= 1:
        return 1
    return n * await factorial(n - 1)

async def calculate_factorials(numbers):
    for n in numbers:
        print(n, '->', await factorial(n))
    print('calls made:', depth)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6, 0, 1]))
    print('Main - Done')

if __name__ == '__main__':
    main()
