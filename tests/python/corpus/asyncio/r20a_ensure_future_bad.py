# ensure_future given a plain function result (not awaitable): TypeError message.
import asyncio


def not_a_coroutine():
    return 5


async def main():
    try:
        asyncio.ensure_future(not_a_coroutine())
    except TypeError as e:
        print('TypeError:', e)
    try:
        asyncio.create_task(not_a_coroutine())
    except TypeError as e:
        print('TypeError:', e)


asyncio.run(main())
