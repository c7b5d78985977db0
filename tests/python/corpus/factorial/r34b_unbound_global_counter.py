# Counting multiplications in a global variable from inside the async function (forgot "global").
import asyncio

multiplications = 0


async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        result *= i
        multiplications += 1
    return result


async def main():
    values = await asyncio.gather(factorial(4), factorial(5))
    print(values, "using", multiplications, "multiplications")


asyncio.run(main())
