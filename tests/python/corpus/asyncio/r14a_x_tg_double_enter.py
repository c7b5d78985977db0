# test_taskgroups: entering the same TaskGroup twice raises RuntimeError; its reprs along the way
import asyncio

async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        print(repr(tg))
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print('RuntimeError:', e)
    print(repr(tg))

asyncio.run(main())
