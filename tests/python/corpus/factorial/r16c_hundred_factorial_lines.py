# 100! printed whole, then wrapped 40 digits to a line
import asyncio

async def factorial(n):
    f = 1
    for i in range(1, n + 1):
        f *= i
    await asyncio.sleep(0.1)
    return f

async def main():
    f = await factorial(100)
    print(f)
    s = str(f)
    for i in range(0, len(s), 40):
        print(f'{i:>3}: {s[i:i+40]}')
    print('sum of digits:', sum(int(c) for c in s))

asyncio.run(main())
