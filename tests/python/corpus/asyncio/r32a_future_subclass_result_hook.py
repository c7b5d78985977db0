# A Future subclass overriding add_done_callback and result (not cancel), awaited by a task
import asyncio

class Audited(asyncio.Future):
    def add_done_callback(self, fn, *, context=None):
        print("registering", getattr(fn, "__name__", "callback"))
        super().add_done_callback(fn, context=context)
    def result(self):
        value = super().result()
        print("result read:", value)
        return value

async def main():
    fut = Audited()
    asyncio.get_running_loop().call_later(0.01, fut.set_result, "audited")
    print("awaited:", await fut)
    fut2 = Audited()
    fut2.set_result(5)
    print("gathered:", await asyncio.gather(fut2))

asyncio.run(main())
