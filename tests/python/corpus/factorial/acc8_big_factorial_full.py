# A big factorial printed in full, wrapped at 60 columns, and its digit sum.
import asyncio
import textwrap

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        if i % 50 == 0:
            await asyncio.sleep(0)
        result *= i
    return result

f = asyncio.run(factorial(200))
s = str(f)
print(len(s), "digits")
for line in textwrap.wrap(s, 60):
    print(line)
print("digit sum", sum(map(int, s)))
print("trailing zeros", len(s) - len(s.rstrip("0")))
