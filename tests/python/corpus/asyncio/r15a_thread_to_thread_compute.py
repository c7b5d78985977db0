# CPU-ish work handed to to_thread with arguments and keywords; results gathered in order
import asyncio

def checksum(data, *, modulo=251):
    total = 0
    for b in data:
        total = (total * 31 + b) % modulo
    return total

async def main():
    blobs = [bytes(range(n)) for n in (10, 100, 255)]
    results = await asyncio.gather(*(asyncio.to_thread(checksum, b, modulo=997) for b in blobs))
    print(results)
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))

asyncio.run(main())
