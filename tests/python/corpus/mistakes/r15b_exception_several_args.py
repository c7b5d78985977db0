# Mistake: an exception raised with several arguments (as if it were print) prints a tuple.
import asyncio

async def download(url, size):
    await asyncio.sleep(0.01)
    if size > 100:
        raise RuntimeError("file too big:", url, size, "MB")
    return size

async def main():
    print(await download("a.txt", 5))
    print(await download("b.iso", 700))

asyncio.run(main())
