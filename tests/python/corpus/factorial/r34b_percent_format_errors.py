# Old-style % formatting for the factorial table, with the mistakes I made on the way.
import asyncio
import math


async def fact(n):
    await asyncio.sleep(0.005)
    return math.factorial(n)


async def main():
    for n in (3, 10, 15):
        v = await fact(n)
        print("%2d! = %*d | %-15s| %(dummy)s" % (n, 15, v, v, ) if False else "%2d! = %*d | %-15s|" % (n, 15, v, v))
    print("%(n)d! = %(v)d" % {"n": 6, "v": await fact(6)}, "%c%c" % (33, 61), "%r" % (str(120),))
    print("%s and %s" % ([1, 2], (3,)), "%5.1f%%" % 12.345, "%x %o %e" % (5040, 5040, 5040))
    tries = [("%d %d", (1,)), ("%d", (1, 2)), ("%d", ("5",)), ("%.2f", ("x",)), ("%z", (1,))]
    for fmt, args in tries:
        try:
            print(fmt % args)
        except (TypeError, ValueError) as e:
            print(f"{fmt!r} % {args!r}: {type(e).__name__}: {e}")


asyncio.run(main())
