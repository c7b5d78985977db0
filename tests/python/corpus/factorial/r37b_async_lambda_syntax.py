# Trying to make a one-line async factorial with an "async lambda".
import asyncio
import math

factorial = async lambda n: math.factorial(n)


async def main():
    print(await factorial(5))


asyncio.run(main())
