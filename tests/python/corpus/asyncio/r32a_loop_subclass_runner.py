# A custom event loop class (counting call_soon) given to asyncio.Runner
import asyncio

class CountingLoop(asyncio.SelectorEventLoop):
    calls = 0
    def call_soon(self, callback, *args, context=None):
        CountingLoop.calls += 1
        return super().call_soon(callback, *args, context=context)

async def main():
    await asyncio.gather(*(asyncio.sleep(0) for _ in range(3)))
    return type(asyncio.get_running_loop()).__name__

with asyncio.Runner(loop_factory=CountingLoop) as runner:
    print(runner.run(main()))
print("call_soon used:", CountingLoop.calls > 0)
