import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials():
    n = int(input('n = '))
    print(f'{n}! =', await factorial(n))

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials())
    print('Main - Done')

if __name__ == '__main__':
    main()
