# Old-style % formatting for my results table (the way my textbook did it).
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f


async def main():
    nums = [5, 7, 3, 6, 12]
    values = await asyncio.gather(*[factorial(n) for n in nums])
    print("%-4s|%12s|%10s" % ("n", "n!", "sci"))
    for n, v in zip(nums, values):
        print("%-4d|%12d|%10.3e" % (n, v, v))
    print("%(n)d! = %(v)08d" % {"n": 7, "v": values[1]})
    print("%x %o %X %#x" % (values[0], values[0], 255, values[2]))
    print("%5.1f%%" % (100 * values[2] / values[1]))
    print("%s and %r" % (values[:2], str(values[2])))
    print("%d! = %d" % (5))


asyncio.run(main())
