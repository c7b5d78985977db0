# A Task subclass that logs cancel(): called by asyncio.timeout, TaskGroup aborts and wait_for too
import asyncio


class LoudTask(asyncio.Task):
    def cancel(self, msg=None):
        print(f"  cancel() on {self.get_name()} msg={msg!r}")
        return super().cancel(msg)


async def sleeper(d):
    await asyncio.sleep(d)


async def boom():
    await asyncio.sleep(0.01)
    raise ValueError("x")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(lambda loop, coro, **kw: LoudTask(coro, loop=loop, **kw))
    print("timeout:")
    await asyncio.create_task(timed(), name="timed")
    print("taskgroup:")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper(1), name="victim")
            tg.create_task(boom(), name="boom")
    except* ValueError:
        pass
    print("wait_for:")
    try:
        await asyncio.wait_for(sleeper(1), 0.02)
    except TimeoutError:
        print("  TimeoutError")


async def timed():
    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(1)
    except TimeoutError:
        print("  TimeoutError")


asyncio.run(main())
