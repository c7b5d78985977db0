# tried exact delays with Fraction and Decimal instead of floats
import asyncio
from decimal import Decimal
from fractions import Fraction

async def worker(delay):
    await asyncio.sleep(delay)
    return f'slept {delay}'

async def main():
    print(await worker(Fraction(1, 20)))
    print(await worker(0))
    print(await worker(Decimal('0.05')))

asyncio.run(main())
