# One task in a TaskGroup raises: the others are cancelled and an ExceptionGroup ends the run
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    if n == 4:
        raise ArithmeticError(f'no factorial of {n} today')
    print(n, f)
    return f


async def main():
    async with asyncio.TaskGroup() as tg:
        for n in [3, 4, 6]:
            tg.create_task(factorial(n))
    print('never printed')


asyncio.run(main())
