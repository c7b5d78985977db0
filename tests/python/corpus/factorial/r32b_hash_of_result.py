# Verify a big factorial by its SHA-256 hash and base64 of its bytes, like a checksum.
import asyncio
import base64
import hashlib
import math


async def factorial(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)


async def main():
    f = await factorial(100)
    digest = hashlib.sha256(str(f).encode()).hexdigest()
    print(digest[:16], len(digest))
    raw = f.to_bytes((f.bit_length() + 7) // 8, "big")
    print(len(raw), raw[:4], raw[-4:])
    print(base64.b64encode(raw[:12]).decode())
    print(int.from_bytes(raw, "big") == f, f.bit_count(), math.isqrt(f) ** 2 <= f)


asyncio.run(main())
