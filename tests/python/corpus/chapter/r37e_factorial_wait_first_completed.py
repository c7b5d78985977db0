# exercise using asyncio.wait with FIRST_COMPLETED in a loop, printing as each one finishes
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.05)
        result *= i
    return n, result

async def calculate_factorials(nums):
    pending = {asyncio.create_task(factorial(n)) for n in nums}
    rounds = 0
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        rounds += 1
        for t in sorted(done, key=lambda t: t.result()[0]):
            n, f = t.result()
            print(f'round {rounds}: {n}! = {f} ({len(pending)} left)')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 9]))
    print('Main - Done')

if __name__ == '__main__':
    main()
