import asyncio
import sys

async def check(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        print("check 2 failed, quitting")
        sys.exit("configuration invalid")
    print("check", n, "ok")

async def main():
    await asyncio.gather(check(1), check(2), check(3))

asyncio.run(main())
