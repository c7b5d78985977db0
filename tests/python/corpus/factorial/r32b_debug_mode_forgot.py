# asyncio.run(debug=True) to hunt the forgotten await: the warning shows where the coroutine was made.
import asyncio


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        asyncio.sleep(0.01)
        result *= i
    return result


async def main():
    print(await factorial(2))


asyncio.run(main(), debug=True)
