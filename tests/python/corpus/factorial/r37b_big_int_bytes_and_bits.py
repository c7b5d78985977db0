# Looking at 30! in binary: bit_length, bit_count, trailing zero bits, bytes and back.
import asyncio
import math


async def factorial(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)


async def main():
    f = await factorial(30)
    print(f"{f:b}"[-20:], f.bit_length(), f.bit_count())
    tz = (f & -f).bit_length() - 1
    print("trailing zero bits:", tz, "== sum n//2^k:", sum(30 // 2**k for k in range(1, 6)))
    raw = f.to_bytes((f.bit_length() + 7) // 8, "big")
    print(len(raw), raw.hex()[:16], int.from_bytes(raw, "big") == f)
    print(f"{f:#o}", f"{f:#X}")
    print(round(f, -25), round(f, -31), hash(f) == hash(f % (2**61 - 1)))
    print(f.to_bytes(4, "little"))


asyncio.run(main())
