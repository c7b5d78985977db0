# A coroutine passed to a plain function that wants a number: TypeError, and never awaited
import asyncio
import math


async def get_number():
    await asyncio.sleep(0.1)
    return 5


async def main():
    n = get_number()
    print(math.factorial(n))


asyncio.run(main())
