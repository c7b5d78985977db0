import asyncio
import math

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        result *= i
    await asyncio.sleep(0.01)
    return result

def stirling(n):
    return math.sqrt(2 * math.pi * n) * (n / math.e) ** n

async def main():
    print(f"{'n':>3} {'exact':>22} {'stirling':>24} {'ratio':>8}")
    for n in [1, 2, 5, 10, 15, 20]:
        exact = await factorial(n)
        approx = stirling(n)
        print(f'{n:>3} {exact:>22} {approx:>24.2f} {exact / approx:>8.5f}')

asyncio.run(main())
