# Format 2000! with underscores; Python 3.11's digit limit stops it, so raise the limit and retry.
import asyncio
import math
import sys


async def big(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)


async def main():
    value = await big(2000)
    print("bits:", value.bit_length())
    print("limit:", sys.get_int_max_str_digits())
    try:
        text = f"{value:_}"
    except ValueError as e:
        print("ValueError:", e)
    sys.set_int_max_str_digits(10000)
    text = f"{value:_}"
    print("characters:", len(text), "underscores:", text.count("_"))
    print(text[:23], "...", text[-11:])


asyncio.run(main())
