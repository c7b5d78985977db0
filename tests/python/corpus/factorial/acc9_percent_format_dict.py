# %-formatting: a dict of named fields, * widths and precisions, %r and %%.
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.002)
        r *= i
    return r

async def main():
    ns = [4, 8, 13]
    vals = await asyncio.gather(*map(factorial, ns))
    for n, v in zip(ns, vals):
        print("%(n)3d! = %(v)-12d|%(digits)s digits" % {"n": n, "v": v, "digits": len(str(v))})
    print("%*d|%-*d|%.*f|%*.*f|" % (6, 42, 6, 42, 2, 3.14159, 9, 3, 2.71828))
    print("%5.1f%% done, %s %r %a" % (66.666, "n", "n", "é"))
    print("%x %X %#x %o %#o %e %E %g %G" % (255, 255, 255, 8, 8, vals[2], 12345.678, 1e-5, 1e20))
    print("%+d % d %05d %-5d| %c%c" % (5, 5, 5, 5, 65, "z"))
    print("%s" % (vals,), "%s and %s" % tuple(ns[:2]), "%(a)s %(a)r" % {"a": "x"})
    for bad in [("%d", "x"), ("%d %d", (1,)), ("%s", (1, 2)), ("%(a)s", 1), ("%z", 1)]:
        try:
            print(bad[0] % bad[1])
        except (TypeError, ValueError, KeyError) as e:
            print(type(e).__name__, e)

asyncio.run(main())
