import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
        if i % 10 == 0:
            await asyncio.sleep(0.1)
    return f

def trailing_zeros(n):
    count, p = 0, 5
    while p <= n:
        count += n // p
        p *= 5
    return count

async def main():
    ns = [10, 25, 50, 75, 100, 125]
    facts = await asyncio.gather(*[factorial(n) for n in ns])
    print("+-----+--------+--------+--------+")
    print("|  n  | digits | zeros  | check  |")
    print("+-----+--------+--------+--------+")
    for n, f in zip(ns, facts):
        s = str(f)
        z = len(s) - len(s.rstrip('0'))
        print(f"|{n:^5}|{len(s):^8}|{z:^8}|{str(z == trailing_zeros(n)):^8}|")
    print("+-----+--------+--------+--------+")
    print(str(facts[0]).center(20, '*'))

asyncio.run(main())
