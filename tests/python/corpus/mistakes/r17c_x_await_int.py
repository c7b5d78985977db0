# Awaiting the int a plain function returns: object int can't be used in 'await' expression
import asyncio
import math


async def main():
    values = [await math.factorial(n) for n in range(3)]
    print(values)


asyncio.run(main())
