# A task made before its loop runs: cancel(), set_name(), result() too early, then wait()
import asyncio

async def work(i):
    try:
        print("work", i, "starts")
        await asyncio.sleep(0.01)
        if i == 2:
            raise ValueError("two")
        return i
    except asyncio.CancelledError:
        print("work", i, "cancelled")
        raise

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
t0 = loop.create_task(work(0), name="zero")
t1 = loop.create_task(work(1))
t2 = asyncio.ensure_future(work(2))
print(t1.cancel(), t1.cancelling(), t1.done(), t1.cancelled(), t0.get_name(), repr(t1).split(' coro=')[0])
t0.set_name("renamed")
try:
    t0.result()
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)
done, pending = loop.run_until_complete(asyncio.wait([t0, t1, t2]))
print(len(done), len(pending), t0.result(), t1.cancelled(), repr(t2.exception()))
print(repr(t0).split(' coro=')[0], repr(t1).split(' coro=')[0])
print(loop.run_until_complete(t0))
loop.close()
