# How many digits does 2000! have? str() of it hits Python's digit limit.
import asyncio
import math


async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
        if i % 500 == 0:
            await asyncio.sleep(0.01)
            print(f"{n}!: reached {i}")
    return result


async def main():
    small, big = await asyncio.gather(factorial(1000), factorial(2000))
    print("1000! digits:", len(str(small)))
    print("bits of 2000!:", big.bit_length())
    print("2000! digits via log10:", math.floor(math.log10(big)) + 1)
    print("2000! digits:", len(str(big)))


asyncio.run(main())
