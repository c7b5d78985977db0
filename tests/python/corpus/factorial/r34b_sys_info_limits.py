# What limits matter for big factorials? Print sys's numeric info next to some results.
import asyncio
import math
import sys


async def factorial(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)


async def main():
    print("maxsize:", sys.maxsize, "float max:", sys.float_info.max, "dig:", sys.float_info.dig)
    print("int_info:", sys.int_info.bits_per_digit, sys.int_info.sizeof_digit)
    print("recursion limit:", sys.getrecursionlimit(), "version >= 3.11:", sys.version_info >= (3, 11))
    n = 1
    while await factorial(n) <= sys.maxsize:
        n += 1
    print("first n! above sys.maxsize:", n)
    m = 1
    while await factorial(m) < sys.float_info.max:
        m += 10
    print("first multiple-of-ten step above float max:", m)
    print(sys.float_info.epsilon, sys.hash_info.modulus, hash(await factorial(30)))


asyncio.run(main())
