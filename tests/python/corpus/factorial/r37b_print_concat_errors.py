# Building the output line by hand: first with + (fails), then with % (one bad spec), then correctly.
import asyncio


async def factorial(n):
    await asyncio.sleep(0.01)
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


async def main():
    n = 6
    f = await factorial(n)
    try:
        print(n + "! = " + f)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print("%d! = %d" % (str(n), f))
    except TypeError as e:
        print("TypeError:", e)
    print("%s! = %s" % (n, f), "%-4d|%6d|" % (n, f), "%x" % f)
    print(str(n) + "! = " + str(f))
    print("{}! = {}".format(n, f), "{0}! = {1:,} ({1:e})".format(n, f))
    print("%(n)d! = %(f)d" % {"n": n, "f": f})
    print("%d! = %d" % n)


asyncio.run(main())
