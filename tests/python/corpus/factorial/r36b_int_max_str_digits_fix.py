# 2000! prints fine, 1800 digits... but 3000! hits the int max str digits limit; raise it and retry.
import asyncio
import math
import sys


async def big(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)


async def main():
    print("limit:", sys.get_int_max_str_digits())
    for n in (1000, 2000, 1500):
        print(n, len(str(await big(n))))
    f = await big(3000)
    print("bits:", f.bit_length(), "hex digits:", len(hex(f)) - 2)
    try:
        print(len(str(f)))
    except ValueError as e:
        print("ValueError:", e)
    sys.set_int_max_str_digits(20000)
    print("after raising:", len(str(f)), f"{f:,}"[:14])
    sys.set_int_max_str_digits(100)


asyncio.run(main())
