# Mistake: round brackets instead of braces to copy a dict with ** (cannot use double starred expression here).
import asyncio

defaults = {'delay': 0.01, 'count': 3}


async def main():
    settings = (**defaults)
    for i in range(settings['count']):
        await asyncio.sleep(settings['delay'])
        print('tick', i)


asyncio.run(main())
