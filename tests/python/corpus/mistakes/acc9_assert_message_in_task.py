# An assert with a message failing in a gathered task.
import asyncio

async def check(n):
    await asyncio.sleep(0.1)
    assert n >= 0, f"negative input: {n}"
    return n

async def main():
    print(await asyncio.gather(check(1), check(-2)))

asyncio.run(main())
