# A custom awaitable that yields something other than a future breaks its task.
import asyncio

class Weird:
    def __await__(self):
        yield 'not a future'
        return 1

async def uses_weird():
    return await Weird()

async def main():
    t = asyncio.create_task(uses_weird())
    try:
        await t
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
# (end of the program)
