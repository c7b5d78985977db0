# Harness bug: 'await' used inside a plain def, so the whole file fails to compile.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

def check(n, expected):
    got = await factorial(n)
    print(n, 'ok' if got == expected else 'wrong')

print('starting checks')
check(5, 120)
