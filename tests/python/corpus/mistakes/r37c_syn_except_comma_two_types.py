# retry a flaky parse, catching two kinds of errors the Python 2 way
import asyncio

async def parse(text):
    await asyncio.sleep(0.01)
    return int(text)

async def main():
    for t in ["1", "x", "3"]:
        try:
            print(await parse(t))
        except ValueError, TypeError:
            print("bad input", t)

asyncio.run(main())
