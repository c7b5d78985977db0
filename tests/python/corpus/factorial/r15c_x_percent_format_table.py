# an older learner's table with %-formatting and a separator line
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f = f * i
    await asyncio.sleep(0.05 * n)
    return n, f

async def main():
    print("%-4s|%12s|%6s" % ("n", "n!", "len"))
    print("-" * 24)
    for coro in asyncio.as_completed([factorial(n) for n in (9, 2, 6)]):
        n, f = await coro
        print("%-4d|%12d|%6d" % (n, f, len(str(f))))
    print("%.2e %x %o %5.1f%%" % (f, f, n, 100.0 * n / 9))

asyncio.run(main())
