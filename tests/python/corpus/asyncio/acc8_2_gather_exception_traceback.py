# A gathered task's KeyError reaches the top: traceback through main's gather and the task's frames.
import asyncio

PRICES = {'apple': 3, 'pear': 4}

async def price(item):
    await asyncio.sleep(0.01)
    return PRICES[item]

async def main():
    total = sum(await asyncio.gather(price('apple'), price('kiwi'), price('pear')))
    print('total', total)

asyncio.run(main())
