# Mistake: an except clause naming a str instead of an exception class.
import asyncio

async def fetch(n):
    await asyncio.sleep(0.01)
    if n == 2:
        raise TimeoutError("server slow")
    return n * 10

async def main():
    for n in range(4):
        try:
            print(await fetch(n))
        except "TimeoutError":
            print("timed out")

asyncio.run(main())
