# Check that two methods give the same 500! by comparing sha256 fingerprints of the digits.
import asyncio
import hashlib
import math
from functools import reduce


async def by_loop(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
        if i % 100 == 0:
            await asyncio.sleep(0.01)
    return r


async def by_reduce(n):
    await asyncio.sleep(0.02)
    return reduce(lambda a, b: a * b, range(1, n + 1), 1)


def fingerprint(value):
    return hashlib.sha256(str(value).encode()).hexdigest()[:16]


async def main():
    a, b = await asyncio.gather(by_loop(500), by_reduce(500))
    print(fingerprint(a), fingerprint(b), fingerprint(math.factorial(500)))
    print("same:", a == b, "| md5:", hashlib.md5(str(a).encode()).hexdigest())
    h = hashlib.sha1()
    for n in (5, 7, 3, 6):
        h.update(str(await by_loop(n)).encode())
    print(h.hexdigest(), h.name, h.digest_size)


asyncio.run(main())
