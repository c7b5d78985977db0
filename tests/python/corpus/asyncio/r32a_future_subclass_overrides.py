# A Future subclass logging add_done_callback, result and cancel as a task awaits it
import asyncio

class Traced(asyncio.Future):
    def add_done_callback(self, fn, *, context=None):
        print("add_done_callback:", getattr(fn, "__name__", type(fn).__name__))
        super().add_done_callback(fn, context=context)
    def result(self):
        print("result() called")
        return super().result()
    def cancel(self, msg=None):
        print("cancel() called with", msg)
        return super().cancel(msg=msg)

async def waiter(fut):
    return await fut

async def main():
    f1 = Traced()
    t1 = asyncio.create_task(waiter(f1))
    await asyncio.sleep(0)
    f1.set_result("ok")
    print("t1 ->", await t1)
    f2 = Traced()
    t2 = asyncio.create_task(waiter(f2))
    await asyncio.sleep(0)
    t2.cancel("stop")
    await asyncio.gather(t2, return_exceptions=True)
    print("t2 cancelled:", t2.cancelled())

asyncio.run(main())
