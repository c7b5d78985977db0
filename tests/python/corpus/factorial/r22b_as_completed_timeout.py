import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return n, result

async def calculate_factorials(numbers):
    for c in asyncio.as_completed([factorial(n) for n in numbers], timeout=0.45):
        n, r = await c
        print(f'{n}! = {r}')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([2, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
