# TaskGroup with failing tasks and no except*: the whole group blows up.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    if n % 2:
        raise ValueError(f"odd {n}")
    if n == 4:
        raise KeyError(n)
    print(f"{n}! = {result}")
    return result

async def main():
    async with asyncio.TaskGroup() as tg:
        for n in [2, 3, 4, 5, 6]:
            tg.create_task(factorial(n))
    print("unreachable")

print('Main - Starting')
asyncio.run(main())
