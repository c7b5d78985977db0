# A loop subclass whose create_future and call_at are overridden: which helpers use them?
import asyncio

class Spy(asyncio.SelectorEventLoop):
    def create_future(self):
        print("  create_future")
        return super().create_future()
    def call_at(self, when, callback, *args, context=None):
        print("  call_at")
        return super().call_at(when, callback, *args, context=context)

async def main():
    print("sleep(0.01):")
    await asyncio.sleep(0.01)
    print("wait():")
    t = asyncio.create_task(asyncio.sleep(0))
    await asyncio.wait([t])
    print("Event.wait():")
    ev = asyncio.Event()
    asyncio.get_running_loop().call_soon(ev.set)
    await ev.wait()
    print("end")

with asyncio.Runner(loop_factory=Spy) as r:
    r.run(main())
