# A loop subclass counting call_soon and call_later while tasks sleep
import asyncio
from collections import Counter

calls = Counter()

class Counting(asyncio.SelectorEventLoop):
    def call_soon(self, cb, *args, context=None):
        calls["call_soon"] += 1
        return super().call_soon(cb, *args, context=context)
    def call_later(self, delay, cb, *args, context=None):
        calls["call_later"] += 1
        return super().call_later(delay, cb, *args, context=context)

async def main():
    await asyncio.sleep(0.01)
    await asyncio.gather(asyncio.sleep(0), asyncio.sleep(0.01))
    return "ok"

runner = asyncio.Runner(loop_factory=Counting)
print(runner.run(main()))
runner.close()
print("call_later >= 2:", calls["call_later"] >= 2, "call_soon > 3:", calls["call_soon"] > 3)
