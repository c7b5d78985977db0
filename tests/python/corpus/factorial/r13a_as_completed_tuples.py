import asyncio

async def factorial(n):
    total = 1
    for k in range(2, n + 1):
        await asyncio.sleep(0.02)
        total *= k
    return n, total

async def calculate_factorials(numbers):
    coros = [factorial(n) for n in numbers]
    for i, fut in enumerate(asyncio.as_completed(coros), start=1):
        n, value = await fut
        print(f'#{i}: {n}! = {value}')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6, 10]))
    print('Main - Done')

if __name__ == '__main__':
    main()
