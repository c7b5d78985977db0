# A Task subclass made directly with loop=, and get_task_factory() by default
import asyncio

class LoggedTask(asyncio.Task):
    def cancel(self, msg=None):
        print("LoggedTask.cancel", msg)
        return super().cancel(msg)

async def sleeper():
    await asyncio.sleep(1)

async def main():
    loop = asyncio.get_running_loop()
    print("factory:", loop.get_task_factory())
    t = LoggedTask(sleeper(), loop=loop, name="logged")
    await asyncio.sleep(0.01)
    t.cancel("enough")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled with", e.args, type(t).__name__, t.get_name())
    print(isinstance(t, asyncio.Task), isinstance(t, asyncio.Future))

asyncio.run(main())
