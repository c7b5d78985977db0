import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    total = 0
    for n in numbers:
        result = factorial(n)
        total = total + result
        print(f'{n}! added, total so far {total}')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7]))
    print('Main - Done')

if __name__ == '__main__':
    main()
