import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        result *= i
    await asyncio.sleep(0.01)
    return result

def zeros(n):
    count, p = 0, 5
    while p <= n:
        count += n // p
        p *= 5
    return count

async def main():
    ns = [5, 10, 25, 50, 100, 125]
    facts = await asyncio.gather(*[factorial(n) for n in ns])
    print(f"{'n':>4} {'counted':>8} {'formula':>8}")
    for n, f in zip(ns, facts):
        s = str(f)
        counted = len(s) - len(s.rstrip('0'))
        print(f'{n:>4} {counted:>8} {zeros(n):>8}')

asyncio.run(main())
