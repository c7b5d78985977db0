# Checksums of the digits of several factorials (so I can compare with a friend's output).
import asyncio
import base64
import hashlib
import math


async def digest(n):
    await asyncio.sleep(0.01)
    digits = str(math.factorial(n)).encode()
    return n, hashlib.sha256(digits).hexdigest()[:16], hashlib.md5(digits).hexdigest()[:8]


async def main():
    for n, sha, md5 in await asyncio.gather(*map(digest, (10, 100, 1000))):
        print(f"{n:>5}! sha256={sha} md5={md5}")
    raw = math.factorial(20).to_bytes(8, "big")
    print(base64.b64encode(raw), base64.b16encode(raw), base64.b64decode(base64.b64encode(raw)) == raw)
    h = hashlib.sha1()
    for n in range(5):
        h.update(str(math.factorial(n)).encode())
    print(h.hexdigest(), h.name, h.digest_size)


asyncio.run(main())
