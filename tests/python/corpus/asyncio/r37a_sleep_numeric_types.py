# asyncio.sleep and wait_for given Fractions, ints, bools and Decimals as delays
import asyncio
from decimal import Decimal
from fractions import Fraction


async def main():
    print(await asyncio.sleep(Fraction(1, 100), result="fraction ok"))
    print(await asyncio.sleep(0, "int zero ok"))
    print(await asyncio.sleep(False, result="bool ok"))
    print(await asyncio.wait_for(asyncio.sleep(0.01, "inner"), timeout=Fraction(1, 2)))
    try:
        await asyncio.sleep("0.1")
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(Decimal("0.01"))
    print("decimal ok")


asyncio.run(main())
