# create_task and ensure_future refuse things that are not awaitable.
import asyncio

def plain():
    return 5

async def main():
    for arg in (plain(), 5, "text", None, [1]):
        try:
            asyncio.create_task(arg)
        except TypeError as e:
            print('create_task:', e)
    try:
        asyncio.ensure_future(5)
    except TypeError as e:
        print('ensure_future:', e)

asyncio.run(main())
# (end of the program)
