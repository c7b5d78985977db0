import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return n, result

async def calculate_factorials(numbers):
    pending = {asyncio.create_task(factorial(n)) for n in numbers}
    round_no = 0
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        round_no += 1
        for t in sorted(done, key=lambda t: t.result()[0]):
            n, r = t.result()
            print(f'round {round_no}: {n}! = {r} ({len(pending)} left)')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 9, 3, 7]))
    print('Main - Done')

if __name__ == '__main__':
    main()
