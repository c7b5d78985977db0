# a table with borders of n, n! and its number of digits
import asyncio

async def factorial(n):
    await asyncio.sleep(0.1)
    f = 1
    for i in range(1, n + 1):
        f *= i
    return f

async def main():
    ns = [0, 1, 5, 10, 15, 20]
    fs = await asyncio.gather(*[factorial(n) for n in ns])
    line = "+" + "-" * 5 + "+" + "-" * 22 + "+" + "-" * 8 + "+"
    print(line)
    print(f"|{'n':^5}|{'n!':^22}|{'digits':^8}|")
    print(line)
    for n, f in zip(ns, fs):
        print(f"|{n:^5}|{f:>21} |{len(str(f)):^8}|")
    print(line)

asyncio.run(main())
