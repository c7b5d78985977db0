# Looping over gather directly instead of awaiting it first
import asyncio

async def word(w):
    await asyncio.sleep(0.01)
    return w.upper()

async def main():
    for w in asyncio.gather(word("a"), word("b")):
        print(w)

asyncio.run(main())
