from asyncio import run, gather

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    results = await gather(*[factorial(n) for n in numbers])
    print(results)

def main():
    print('Main - Starting')
    run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
