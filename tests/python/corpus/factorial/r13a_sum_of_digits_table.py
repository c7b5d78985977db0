import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    await asyncio.sleep(0)
    return r

async def main():
    rows = []
    for n in [10, 25, 50, 75, 100]:
        s = str(await factorial(n))
        rows.append((n, len(s), sum(map(int, s)), max(s), s.count('9')))
    print('%4s %6s %6s %4s %5s' % ('n', 'digits', 'sum', 'max', 'nines'))
    for row in rows:
        print('%4d %6d %6d %4s %5d' % row)

asyncio.run(main())
