# One TaskGroup child uses asyncio.timeout and times out: the group reports a TimeoutError inside its ExceptionGroup
import asyncio


async def with_deadline(name, cost, limit):
    async with asyncio.timeout(limit):
        await asyncio.sleep(cost)
    return name


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            ok = tg.create_task(with_deadline("quick", 0.01, 0.5))
            tg.create_task(with_deadline("sluggish", 1, 0.05))
            other = tg.create_task(with_deadline("long", 0.5, 1))
    except* TimeoutError as eg:
        print("timeouts:", len(eg.exceptions), repr(eg.exceptions[0]))
    print(ok.result(), "| long cancelled:", other.cancelled())
    async with asyncio.TaskGroup() as tg:
        tg.create_task(with_deadline("again", 1, 0.02))


asyncio.run(main())
