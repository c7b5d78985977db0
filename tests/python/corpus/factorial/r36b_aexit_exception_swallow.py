# A class-based async context manager whose __aexit__ returns True and hides a failed factorial.
import asyncio


class Guard:
    def __init__(self, label):
        self.label = label

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        if exc_type is None:
            print(f"{self.label}: clean exit")
        else:
            print(f"{self.label}: swallowed {exc_type.__name__}({exc})")
        return exc_type is not KeyboardInterrupt


async def factorial(n):
    if n < 0:
        raise ValueError(n)
    await asyncio.sleep(0.01)
    return 1 if n == 0 else n * await factorial(n - 1)


async def main():
    for n in (4, -3, 0):
        result = None
        async with Guard(f"n={n}"):
            result = await factorial(n)
        print("  result:", result)
    async with Guard("bad") as g:
        print(g.missing)
    print("still running")


asyncio.run(main())
