# Mistake: a worker wraps a KeyError in its own error with "from", and nobody catches it (cause chain through gather).
import asyncio

PRICES = {'apple': 3, 'pear': 4}


class PriceError(Exception):
    pass


async def price(item):
    await asyncio.sleep(0.01)
    try:
        return PRICES[item]
    except KeyError as e:
        raise PriceError(f'no price for {item!r}') from e


async def main():
    print(await asyncio.gather(price('apple'), price('plum')))


asyncio.run(main())
