# A NameError inside a lambda called by a gathered task.
import asyncio

async def apply(f, x):
    await asyncio.sleep(0.1)
    return f(x)

async def main():
    print(await asyncio.gather(apply(lambda v: v * 2, 1), apply(lambda v: v * factor, 2)))

asyncio.run(main())
