# Task subclass (via a task factory) overriding cancel(): TaskGroup and wait_for call it
import asyncio

class LoudTask(asyncio.Task):
    def cancel(self, msg=None):
        print(f"cancel({msg!r}) on {self.get_name()}")
        return super().cancel(msg)

async def slow(n):
    await asyncio.sleep(n)

async def boom():
    await asyncio.sleep(0.01)
    raise ValueError("boom")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(lambda loop, coro, **kw: LoudTask(coro, loop=loop, **kw))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(1), name="slow")
            tg.create_task(boom(), name="boom")
    except* ValueError:
        print("group failed")
    try:
        await asyncio.wait_for(slow(1), 0.01)
    except TimeoutError:
        print("wait_for timed out")

asyncio.run(main())
