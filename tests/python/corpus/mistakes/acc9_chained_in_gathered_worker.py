# A gathered worker re-raising a KeyError as a RuntimeError with from.
import asyncio

PRICES = {"apple": 1.0}

async def price(item):
    await asyncio.sleep(0.1)
    try:
        return PRICES[item]
    except KeyError as e:
        raise RuntimeError(f"no price for {item}") from e

async def main():
    print(await asyncio.gather(price("apple"), price("kiwi")))

asyncio.run(main())
