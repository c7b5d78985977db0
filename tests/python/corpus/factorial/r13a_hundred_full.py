import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        result *= i
        if i % 10 == 0:
            await asyncio.sleep(0.01)
    return result

async def main():
    f = await factorial(100)
    print(f)
    s = str(f)
    print('digit sum:', sum(int(d) for d in s))
    print('trailing zeros:', len(s) - len(s.rstrip('0')))
    for i in range(0, len(s), 40):
        print(s[i:i + 40])

asyncio.run(main())
