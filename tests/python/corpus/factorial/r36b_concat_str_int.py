# Printing each result with + string concatenation, as in an early lesson.
import asyncio


async def factorial(n):
    if n == 0:
        return 1
    await asyncio.sleep(0.01)
    return n * await factorial(n - 1)


async def main():
    for n in [0, 4, 8]:
        f = await factorial(n)
        print("The factorial of " + str(n) + " is " + str(f))
    print("Largest: " + await factorial(10))


asyncio.run(main())
