import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print(results)

def main():
    print('Main - Starting')
    text = input('Enter numbers separated by spaces: ')
    numbers = [int(x) for x in text.split()]
    asyncio.run(calculate_factorials(numbers))
    print('Main - Done')

if __name__ == '__main__':
    main()
