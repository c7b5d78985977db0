import asyncio

async def factorial(number):
    result = 1
    for i in range(1, number + 1):
        asyncio.sleep(0.1)
        result = result * i
    print('factorial -', number, '! =', result)
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print('results:', results)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
