import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    results  # student thought this would show them, like in the REPL

def main():
    print('Main - Starting')
    value = asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('asyncio.run returned', value)
    print(asyncio.run(factorial(4)))
    print('Main - Done')

if __name__ == '__main__':
    main()
