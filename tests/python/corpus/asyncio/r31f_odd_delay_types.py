# Delays read from a config in odd types: Decimal, Fraction, str, bool
import asyncio
from decimal import Decimal
from fractions import Fraction

async def main():
    for delay in (Fraction(1, 100), True, 0, Decimal("0.01"), "0.01", None):
        try:
            r = await asyncio.sleep(delay, result="slept")
            print(f"{delay!r}: {r}")
        except TypeError as e:
            print(f"{delay!r}: TypeError: {e}")
    try:
        await asyncio.wait_for(asyncio.sleep(0), timeout="1")
    except TypeError as e:
        print("wait_for:", e)
    q = asyncio.Queue(maxsize=-1)
    for i in range(3):
        q.put_nowait(i)
    print("maxsize -1 is unbounded:", q.qsize(), q.full())

asyncio.run(main())
