# Trying different ways to get thousands separators; some format specs are wrong.
import asyncio
import math


async def factorial(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)


async def main():
    v = await factorial(12)
    print("%d" % v, "%x" % v, "%10.3e" % v, "%-12d|" % v, "%+d" % v)
    print("{:,}".format(v), "{:_}".format(v), "{:,.2f}".format(v), "{:=+15,}".format(v))
    print(format(v, "n"), format(v, "g"), format(v, ".3%"), format(float(v), ",.1f"))
    for spec in ("%,d", "{:,_}", "{:.2,}", "{:d}"):
        try:
            if spec.startswith("%"):
                print(spec % v)
            else:
                print(spec.format(v * 1.0))
        except (ValueError, TypeError) as e:
            print(f"{spec!r}: {type(e).__name__}: {e}")


asyncio.run(main())
