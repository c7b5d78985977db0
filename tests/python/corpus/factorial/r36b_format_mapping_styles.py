# Printing dict results in every formatting style I know: %, str.format, format_map, f-strings.
import asyncio


async def factorial(n):
    await asyncio.sleep(0.01)
    v = 1
    for i in range(2, n + 1):
        v *= i
    return {"n": n, "value": v}


async def main():
    for d in await asyncio.gather(factorial(5), factorial(13), factorial(20)):
        print("%(n)2d! = %(value)d" % d)
        print("{0[n]}! = {0[value]:,}".format(d))
        print("{n:>3}! = {value:_}".format_map(d))
        print(f"{d['n']:03d}! = {d['value']:>25,}|")
        print(format(d["value"], ",").replace(",", " "), "%-6s|" % d["n"], "%+.3e" % d["value"])
    print("%(n)d and %(missing)d" % d)


asyncio.run(main())
