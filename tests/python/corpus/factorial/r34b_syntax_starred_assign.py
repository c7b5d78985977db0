# Typo: "=*" instead of "*=" when multiplying the running product.
import asyncio


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result =* i
    return result


async def main():
    print(await factorial(5))


asyncio.run(main())
