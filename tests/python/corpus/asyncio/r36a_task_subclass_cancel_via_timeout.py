# A Task subclass installed by a factory logs cancel() calls made by timeout(), wait_for and TaskGroup
import asyncio


class LoggingTask(asyncio.Task):
    def cancel(self, msg=None):
        print(f"cancel({msg!r}) on {self.get_name()}")
        return super().cancel(msg)


async def sleeper():
    await asyncio.sleep(1)


async def failer():
    await asyncio.sleep(0.01)
    raise ValueError("x")


async def main():
    asyncio.get_running_loop().set_task_factory(lambda loop, coro, **kw: LoggingTask(coro, loop=loop, **kw))
    try:
        await asyncio.create_task(asyncio.wait_for(sleeper(), 0.02), name="wf")
    except TimeoutError:
        print("wait_for timed out")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper(), name="child-sleeper")
            tg.create_task(failer(), name="child-failer")
    except* ValueError:
        print("group failed")


asyncio.run(main())
