# A task factory with the wrong signature: create_task fails with the factory's TypeError
import asyncio


def factory(coro):
    return asyncio.Task(coro)


async def work():
    return "ok"


async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.set_task_factory(123)
    except TypeError as e:
        print("TypeError:", e)
    loop.set_task_factory(factory)
    asyncio.create_task(work())


asyncio.run(main())
