# Importing the pieces I need from asyncio, with one capitalised by mistake.
from asyncio import run, sleep, Gather


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await sleep(0.01)
        f *= i
    return f


async def main():
    print(await Gather(factorial(3), factorial(4)))


run(main())
