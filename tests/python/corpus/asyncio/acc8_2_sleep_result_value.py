# asyncio.sleep(delay, result) returns the result; sleep(0) yields once and returns None.
import asyncio

async def main():
    print(await asyncio.sleep(0.01, 'payload'))
    print(await asyncio.sleep(0))
    print(await asyncio.sleep(0, result=[1, 2]))
    r = await asyncio.gather(asyncio.sleep(0.02, 'b'), asyncio.sleep(0.01, 'a'))
    print(r)

asyncio.run(main())
