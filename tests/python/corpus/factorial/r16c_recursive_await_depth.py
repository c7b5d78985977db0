# Recursive async factorial that prints its depth with indentation
import asyncio

async def factorial(n, depth=0):
    print('  ' * depth + f'factorial({n})')
    if n <= 1:
        return 1
    await asyncio.sleep(0.1)
    sub = await factorial(n - 1, depth + 1)
    print('  ' * depth + f'-> {n} * {sub}')
    return n * sub

async def calculate_factorials(numbers):
    for n in numbers:
        value = await factorial(n)
        print(f'{n}! is {value}')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([4, 2]))
    print('Main - Done')

if __name__ == '__main__':
    main()
