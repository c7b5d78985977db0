import asyncio

async def factorial(n):
    f = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        f = f * i
    return n, f

async def calculate_factorials(numbers):
    position = 0
    for coro in asyncio.as_completed([factorial(n) for n in numbers]):
        n, f = await coro
        position += 1
        print(f"#{position}: {n}! = {f:>6}")

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
