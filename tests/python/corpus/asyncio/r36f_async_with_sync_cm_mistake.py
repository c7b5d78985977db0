# Mistake: using async with on a plain context manager, and with on an async one.
import asyncio
import contextlib

class Plain:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

async def main():
    try:
        async with Plain():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        with asyncio.Lock():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
    try:
        with asyncio.timeout(1):
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
    async with contextlib.nullcontext("fine") as v:
        print("nullcontext works async:", v)

asyncio.run(main())
