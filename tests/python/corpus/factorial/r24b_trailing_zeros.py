import asyncio

async def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
        if k % 10 == 0:
            await asyncio.sleep(0.01)
    return result

def zeros_formula(n):
    count, p = 0, 5
    while p <= n:
        count += n // p
        p *= 5
    return count

async def main():
    ns = [10, 25, 50, 100, 125]
    facts = await asyncio.gather(*(factorial(n) for n in ns))
    for n, f in zip(ns, facts):
        s = str(f)
        counted = len(s) - len(s.rstrip("0"))
        print(f"{n:>4}! ends in {counted:>2} zeros (formula: {zeros_formula(n)})")

asyncio.run(main())
