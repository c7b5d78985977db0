# A loop subclass that runs "executor" jobs inline; to_thread goes through it too
import asyncio


class InlineLoop(asyncio.SelectorEventLoop):
    def run_in_executor(self, executor, func, *args):
        print("inline:", getattr(func, "__name__", type(func).__name__))
        fut = self.create_future()
        try:
            fut.set_result(func(*args))
        except Exception as e:
            fut.set_exception(e)
        return fut


def add(a, b):
    return a + b


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, add, 2, 3))
    print(await asyncio.to_thread(add, 4, 5))


with asyncio.Runner(loop_factory=InlineLoop) as r:
    r.run(main())
