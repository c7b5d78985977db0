# ensure_future returns a task unchanged, wraps a coroutine, and refuses a future from another loop
import asyncio


async def job():
    return 3


other = asyncio.new_event_loop()


async def main():
    t = asyncio.create_task(job())
    print(asyncio.ensure_future(t) is t)
    t2 = asyncio.ensure_future(job())
    print(isinstance(t2, asyncio.Task), await t2)
    foreign = other.create_future()
    try:
        asyncio.ensure_future(foreign, loop=asyncio.get_running_loop())
    except ValueError as e:
        print("ValueError:", e)
    await t
    await foreign


asyncio.run(main())
other.close()
