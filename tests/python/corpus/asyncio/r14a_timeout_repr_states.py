# test_timeouts: the repr of a Timeout created, entered, expired and exited
import asyncio

async def main():
    t = asyncio.timeout(None)
    print(repr(t))
    async with t:
        print(repr(t))
    print(repr(t))
    try:
        async with asyncio.timeout(0.01) as t2:
            await asyncio.sleep(0.5)
    except TimeoutError:
        print(repr(t2))
    try:
        async with t:
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
