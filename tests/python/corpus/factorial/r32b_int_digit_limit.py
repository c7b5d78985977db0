# Printing 2000! hits Python's int-to-str digit limit; raising it with sys.set_int_max_str_digits.
import asyncio
import math
import sys


async def factorial(n):
    await asyncio.sleep(0)
    return math.factorial(n)


async def main():
    big = await factorial(2000)
    print("bits:", big.bit_length())
    print("limit:", sys.get_int_max_str_digits())
    try:
        print(len(str(big)))
    except ValueError as e:
        print("ValueError:", e)
    sys.set_int_max_str_digits(10000)
    print("digits:", len(str(big)))
    sys.set_int_max_str_digits(4300)
    print(f"{big}")


asyncio.run(main())
