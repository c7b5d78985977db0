# A misspelt name on the left of *= in a gathered coroutine: UnboundLocalError, not NameError
import asyncio


async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        reslut *= i
    return result


async def main():
    print(await asyncio.gather(factorial(3), factorial(4)))


asyncio.run(main())
