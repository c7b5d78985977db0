# Mistake: a comma missing between two entries of a multi-line dict of delays.
import asyncio

DELAYS = {
    'fetch': 0.02,
    'parse': 0.01
    'store': 0.03,
}


async def main():
    for step, delay in DELAYS.items():
        await asyncio.sleep(delay)
        print(step, 'done')


asyncio.run(main())
