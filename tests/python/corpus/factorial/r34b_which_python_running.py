# Print which Python this is before running the factorial exercise.
import asyncio
import math
import sys

print("implementation:", sys.implementation.name)
print("version:", sys.version_info[:2], sys.version_info.major == 3)
print("platform:", sys.platform, "| byteorder:", sys.byteorder)


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


print(asyncio.run(factorial(7)) == math.factorial(7))
