import asyncio

async def factorial(number):
    result = 1
    for i in range(1, number + 1):
        print(f'  factorial({number}): step {i}, running product {result} x {i}')
        await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    print('Calculate Factorials - Starting')
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, r in zip(numbers, results):
        print(f'{n}! = {r}')
    print('Calculate Factorials - Done')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
