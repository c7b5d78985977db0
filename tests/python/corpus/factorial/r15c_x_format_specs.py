# format specs a learner tries on factorials: fill, align, sign, bases, %
import asyncio
import math

async def main():
    await asyncio.sleep(0.01)
    for n in (0, 5, 10, 13):
        f = math.factorial(n)
        print(f"{n:02d}|{f:*^14}|{f:+,}|{f:#x}|{f:o}|{f:b}"[:70])
        print(f"   {f:e}|{f:.2%}|{f:10.3g}|{f!s:>12}|{f:=+12}|")
    print("{0}! = {1:,}".format(12, math.factorial(12)), "%5d! = %-12d|" % (9, math.factorial(9)))
    print(format(math.factorial(30), ","), format(math.factorial(30), "_x"))

asyncio.run(main())
