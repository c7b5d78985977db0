import asyncio

async def factorial(number):
    result = 1
    for i in range(1, number + 1):
        await asyncio.sleep(0.1)
        result *= i
    return reslt

async def calculate_factorials(numbers):
    tasks = [asyncio.create_task(factorial(n)) for n in numbers]
    for t in tasks:
        print(await t)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([3, 2]))
    print('Main - Done')

if __name__ == '__main__':
    main()
