# Reading numbers until EOF, catching EOFError.
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0)
        r *= i
    return r

numbers = []
while True:
    try:
        line = input()
    except EOFError:
        break
    if line.strip():
        numbers.append(int(line))
print("read", numbers)
print(asyncio.run(factorial(sum(numbers))))
