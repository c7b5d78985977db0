# An async checkout computing money with Decimal: prices fetched concurrently, tax rounded half-up
import asyncio
from decimal import Decimal, ROUND_HALF_UP

PRICES = {"book": "12.99", "pen": "1.15", "bag": "24.50"}

async def price_of(item):
    await asyncio.sleep(0.01)
    return Decimal(PRICES[item])

async def checkout(cart, tax_rate="0.0825"):
    prices = await asyncio.gather(*(price_of(i) for i, _ in cart))
    subtotal = sum((p * q for p, (_, q) in zip(prices, cart)), Decimal("0"))
    tax = (subtotal * Decimal(tax_rate)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return subtotal, tax, subtotal + tax

async def main():
    sub, tax, total = await checkout([("book", 2), ("pen", 3), ("bag", 1)])
    print(f"subtotal {sub:>8}\ntax      {tax:>8}\ntotal    {total:>8}")
    print(repr(total), f"{total:,.1f}", total.as_tuple().exponent)
    await checkout([("book", 1), ("laptop", 1)])

asyncio.run(main())
