import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    if n % 2:
        raise ValueError(f"odd number {n}")
    return result

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(factorial(n)) for n in [4, 3, 6, 8]]
    except* ValueError as eg:
        print("caught", repr(eg))
        for e in eg.exceptions:
            print("  ->", e)
    print([t.cancelled() for t in tasks])
    print(tasks[0].result())

asyncio.run(main())
