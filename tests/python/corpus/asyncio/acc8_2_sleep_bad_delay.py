# asyncio.sleep given a str or None as its delay: TypeError from the comparison, in CPython's words.
import asyncio

async def main():
    for d in ('1', None):
        try:
            await asyncio.sleep(d)
        except TypeError as e:
            print('TypeError:', e)

asyncio.run(main())
