import asyncio

async def factorial(n):
    if n > 6:
        await asyncio.sleep(0.15)
        raise OverflowError(f"{n} is too big for my liking")
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    print(f"finished {n}! = {result}")
    return result

async def main():
    try:
        print(await asyncio.gather(*[factorial(n) for n in [5, 7, 3, 6]]))
    except OverflowError as e:
        print("gather raised:", e)
    print("tasks left:", len(asyncio.all_tasks()) - 1)
    await asyncio.sleep(0.7)
    print("tasks left after waiting:", len(asyncio.all_tasks()) - 1)

asyncio.run(main())
