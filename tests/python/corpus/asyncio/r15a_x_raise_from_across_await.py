# raise ... from across awaits: a low-level error wrapped in a domain error, uncaught
import asyncio

class PaymentError(Exception):
    pass

async def charge(card):
    await asyncio.sleep(0.01)
    return {"4242": 10}[card]

async def checkout(card):
    try:
        return await charge(card)
    except KeyError as e:
        raise PaymentError(f"card {card} declined") from e

async def main():
    print(await checkout("4242"))
    print(await checkout("0000"))

asyncio.run(main())
