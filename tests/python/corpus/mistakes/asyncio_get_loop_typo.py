# A learner half-remembers get_event_loop: CPython offers no suggestion for
# asyncio.get_loop, and casyncio's own helpers must not offer one either.
import asyncio

print([name for name in dir(asyncio) if 'loop' in name.lower() and name[0] != '_'])
print([name for name in dir(asyncio) if name.startswith('Base')])


async def main():
    try:
        asyncio.event_loop
    except AttributeError as e:
        print('caught:', e)
    loop = asyncio.get_loop()
    print(loop.time() >= 0)


asyncio.run(main())
