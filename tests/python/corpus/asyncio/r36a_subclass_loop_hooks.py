# A SelectorEventLoop subclass that counts call_soon and create_task, used through asyncio.Runner
import asyncio


class CountingLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__()
        self.soon = 0
        self.tasks = 0

    def call_soon(self, *args, **kwargs):
        self.soon += 1
        return super().call_soon(*args, **kwargs)

    def create_task(self, coro, **kwargs):
        self.tasks += 1
        return super().create_task(coro, **kwargs)


async def main():
    await asyncio.gather(*(asyncio.sleep(0.01) for _ in range(3)))
    return type(asyncio.get_running_loop()).__name__


with asyncio.Runner(loop_factory=CountingLoop) as r:
    print(r.run(main()))
    loop = r.get_loop()
    print("tasks created:", loop.tasks, "call_soon used:", loop.soon > 0)
