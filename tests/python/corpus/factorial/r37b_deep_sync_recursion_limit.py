# Plain recursive factorial called from async code: fine for 500, too deep for 1200 unless I raise the limit.
import asyncio
import sys


def rfact(n):
    return 1 if n <= 1 else n * rfact(n - 1)


async def digits(n):
    await asyncio.sleep(0.01)
    return len(str(rfact(n)))


async def main():
    print("500! digits:", await digits(500))
    try:
        print("1200! digits:", await digits(1200))
    except RecursionError as e:
        print("RecursionError:", e)
    sys.setrecursionlimit(3000)
    print("limit now", sys.getrecursionlimit())
    print("1200! digits:", await digits(1200))


asyncio.run(main())
