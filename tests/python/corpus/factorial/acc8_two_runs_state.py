# asyncio.run called twice in a row from main(), each with its own loop.
import asyncio

calls = []

async def factorial(n):
    calls.append(n)
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

async def calculate_factorials(numbers):
    loop = asyncio.get_running_loop()
    print("loop running:", loop.is_running())
    return await asyncio.gather(*[factorial(n) for n in numbers])

def main():
    print('Main - Starting')
    print(asyncio.run(calculate_factorials([5, 7])))
    print(asyncio.run(calculate_factorials([3, 6])))
    print(calls)
    print('Main - Done')

if __name__ == '__main__':
    main()
