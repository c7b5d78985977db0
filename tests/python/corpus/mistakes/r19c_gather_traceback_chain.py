# An error inside a gathered coroutine while handling another error
import asyncio

async def parse(text):
    await asyncio.sleep(0.01)
    try:
        return int(text)
    except ValueError:
        raise LookupError(f"no number in {text!r}")

async def load(text):
    try:
        return await parse(text)
    except LookupError as e:
        raise RuntimeError("load failed") from e

async def main():
    print(await asyncio.gather(load("1"), load("2")))
    print(await asyncio.gather(load("3"), load("x")))

asyncio.run(main())
