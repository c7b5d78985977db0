# A timeout computed with fractions.Fraction (exact arithmetic) passed to wait_for
import asyncio
from fractions import Fraction

async def job():
    await asyncio.sleep(0.01)
    return "finished"

async def main():
    budget = Fraction(1, 2)
    per_step = budget / 5
    print("per step:", per_step, float(per_step))
    print(await asyncio.wait_for(job(), timeout=per_step))
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=Fraction(1, 50))
    except asyncio.TimeoutError:
        print("timed out after", Fraction(1, 50), "s")

asyncio.run(main())
