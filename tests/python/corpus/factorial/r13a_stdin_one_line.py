import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, r in zip(numbers, results):
        print(f'{n}! = {r}')

def main():
    line = input('Enter numbers separated by spaces: ')
    numbers = [int(x) for x in line.split()]
    print()
    print('Main - Starting')
    asyncio.run(calculate_factorials(numbers))
    print('Main - Done')

main()
