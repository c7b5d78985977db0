# A Task subclass that records every result and exception it ends with, installed via the loop's factory
import asyncio


class RecordingTask(asyncio.Task):
    history = []

    def set_result(self, result):
        raise AssertionError("not used by Task")

    def __init__(self, coro, *, loop=None, name=None, **kw):
        super().__init__(coro, loop=loop, name=name, **kw)
        self.add_done_callback(self._record)

    def _record(self, t):
        if t.cancelled():
            RecordingTask.history.append((t.get_name(), "cancelled"))
        elif t.exception():
            RecordingTask.history.append((t.get_name(), repr(t.exception())))
        else:
            RecordingTask.history.append((t.get_name(), t.result()))


async def work(x):
    await asyncio.sleep(0.01 * x)
    return 10 // x


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(lambda loop, coro, **kw: RecordingTask(coro, loop=loop, **kw))
    tasks = [asyncio.create_task(work(x), name=f"w{x}") for x in (2, 0, 1)]
    sleeper = asyncio.create_task(asyncio.sleep(5), name="sleeper")
    await asyncio.gather(*tasks, return_exceptions=True)
    sleeper.cancel()
    await asyncio.sleep(0)
    print(type(sleeper).__name__, isinstance(sleeper, asyncio.Task))
    for entry in RecordingTask.history:
        print(entry)


asyncio.run(main())
