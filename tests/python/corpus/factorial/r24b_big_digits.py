import asyncio

async def big_factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
        if i % 250 == 0:
            print(f"factorial({n}): reached i={i}")
            await asyncio.sleep(0.01)
    return f

async def main():
    ns = [100, 500, 1000]
    results = await asyncio.gather(*map(big_factorial, ns))
    for n, f in zip(ns, results):
        s = str(f)
        print(f"{n}! has {len(s)} digits, digit sum {sum(int(d) for d in s)}")
        print(f"   starts {s[:12]}... ends ...{s[-8:]}")
        print(f"   trailing zeros: {len(s) - len(s.rstrip('0'))}")

asyncio.run(main())
