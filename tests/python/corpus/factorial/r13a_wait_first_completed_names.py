import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    pending = {asyncio.create_task(factorial(n), name=str(n)) for n in [6, 2, 9, 4]}
    round_no = 0
    while pending:
        round_no += 1
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for t in done:
            print(f'round {round_no}: {t.get_name()}! = {t.result()} ({len(pending)} left)')

asyncio.run(main())
