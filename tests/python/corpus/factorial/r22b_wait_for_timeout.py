import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    for n in numbers:
        try:
            r = await asyncio.wait_for(factorial(n), timeout=0.6)
            print(f'{n}! = {r}')
        except asyncio.TimeoutError:
            print(f'{n}! took too long')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([4, 8, 3]))
    print('Main - Done')

if __name__ == '__main__':
    main()
