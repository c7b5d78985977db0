import asyncio
import hashlib


def digest(text):
    return hashlib.sha256(text.encode()).hexdigest()[:12]


async def main():
    words = ["apple", "banana", "cherry"]
    hashes = await asyncio.gather(*(asyncio.to_thread(digest, w) for w in words))
    for w, h in zip(words, hashes):
        print(f"{w:>8}: {h}")


asyncio.run(main())
