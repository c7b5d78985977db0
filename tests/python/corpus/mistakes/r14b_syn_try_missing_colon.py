# Mistake: the colon after "try" is forgotten.
import asyncio


async def main():
    try
        await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print('cancelled')


asyncio.run(main())
