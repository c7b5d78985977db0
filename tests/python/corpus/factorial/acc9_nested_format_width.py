# Nested format fields {:{w}.{p}f} and str.format with computed widths and alignment.
import asyncio
import math

async def factorial(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)

async def main():
    ns = [3, 7, 12, 18]
    vals = await asyncio.gather(*map(factorial, ns))
    w = max(len(str(v)) for v in vals)
    for n, v in zip(ns, vals):
        print(f"{n:{2}}! = {v:{w}} ({math.log10(v):{8}.{3}f})")
    for p in range(0, 5):
        print(f"[{math.pi * vals[0]:{10}.{p}f}] [{'x':{'*'}^{p + 3}}] [{vals[1]:{'>'}{w},}]")
    fmt = "{:{fill}{align}{width}}"
    for align in "<^>":
        print(fmt.format(vals[0], fill=".", align=align, width=9) + "|")
    print("{0:>{1}} {0:<{1}}|".format("n!", 5), "{:{}{}}".format(42, "+", 6))
    print("{:.{}}".format("factorial", 4), "{:.{}f}".format(1 / 3, 6), "{!r:^12}".format("n"))

asyncio.run(main())
