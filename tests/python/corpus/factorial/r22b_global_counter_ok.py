import asyncio

steps = 0

async def factorial(n):
    global steps
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
        steps += 1
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print(results, 'in', steps, 'steps')
    print('the longest took', max(numbers), 'steps; sequentially', sum(numbers))

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
