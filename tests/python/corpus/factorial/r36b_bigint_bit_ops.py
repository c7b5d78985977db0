# Bits and bytes of big factorials: shifts, masks, to_bytes/from_bytes, negatives.
import asyncio


async def factorial(n):
    v = 1
    for i in range(2, n + 1):
        v *= i
    await asyncio.sleep(0.001)
    return v


async def main():
    f = await factorial(30)
    tz = (f & -f).bit_length() - 1
    print("trailing zero bits:", tz, f >> tz << tz == f)
    print("bit_length:", f.bit_length(), "~f:", ~f, "f ^ (f >> 1) % 1000:", (f ^ (f >> 1)) % 1000)
    raw = f.to_bytes((f.bit_length() + 7) // 8, "big")
    print(raw.hex(" ", 4), int.from_bytes(raw, "big") == f)
    print(int.from_bytes(raw, "little") % 10**6, (-f).to_bytes(16, "big", signed=True).hex())
    print(hex(-f), oct(f)[:10], f.as_integer_ratio()[1], f.numerator == f, divmod(-f, 7**20))
    print(pow(await factorial(10), -1, 1_000_003), pow(2, f, 10**9 + 7))
    print((-f).to_bytes(16, "big"))


asyncio.run(main())
