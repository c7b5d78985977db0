# Polishing the printed report with str methods: center, ljust, rjust, zfill, expandtabs.
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.002)
        r *= i
    return r

async def main():
    ns = [3, 5, 10]
    vals = await asyncio.gather(*map(factorial, ns))
    print(" Factorials ".center(30, "="))
    for n, v in zip(ns, vals):
        print(str(n).rjust(3), "!".ljust(3, "."), str(v).zfill(10), str(-v).zfill(10))
    print("|" + "x".center(4) + "|" + "x".center(5, "*") + "|" + "ab".center(1) + "|")
    row = "n\tvalue\tdigits"
    print(row.expandtabs(), row.expandtabs(12), "a\tbb\tccc\td".expandtabs(3), sep="|")
    print("12\t34\n5\t6".expandtabs(4).splitlines())
    line = "5! = 120 (3 digits)"
    print(line.partition(" = "), line.rpartition(" "), line.partition("#"))
    print("a,b,c,d".rsplit(",", 1), "a,b,c,d".split(",", 2), " x  y ".split(" "), " x  y ".rsplit(None, 1))
    print("One\nTwo\r\nThree\rFour\n".splitlines(), "a\n\nb\n".splitlines(keepends=True))
    print("+42".zfill(6), "-".zfill(3), "abc".zfill(2), "".center(3, "-"))

asyncio.run(main())
