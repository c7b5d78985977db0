import asyncio
import re

def clean(r):
    return re.sub(r'when=[0-9.]+', 'when=T', r)

async def main():
    t = asyncio.timeout(None)
    print(clean(repr(t)))
    async with t:
        print(clean(repr(t)))
        t.reschedule(asyncio.get_running_loop().time() + 5)
        print(clean(repr(t)))
    print(clean(repr(t)))
    try:
        async with asyncio.timeout(0) as t2:
            await asyncio.sleep(0.01)
    except TimeoutError:
        print(clean(repr(t2)))

asyncio.run(main())
