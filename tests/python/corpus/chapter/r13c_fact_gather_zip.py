import asyncio

async def factorial(number):
    result = 1
    for i in range(2, number + 1):
        await asyncio.sleep(0.01)
        result = result * i
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, f in zip(numbers, results):
        print(f'{n:>2}! = {f:>6}')
    print('results:', results)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6, 0, 1]))
    print('Main - Done')

if __name__ == '__main__':
    main()
