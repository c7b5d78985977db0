# loop.stop() before loop.run_until_complete(task): the run stops after
# its first iteration, "Event loop stopped before Future completed.", and
# the task goes on in the next run; one left pending when the loop closes
# is destroyed at exit, one that fails later is never retrieved.
import asyncio

async def work(n):
    await asyncio.sleep(0.1)
    print("work", n)
    return n

async def fails():
    await asyncio.sleep(0.1)
    raise ValueError("failed after the stop")

async def never():
    try:
        await asyncio.sleep(10)
    finally:
        print("never's finally")

loop = asyncio.new_event_loop()
t = loop.create_task(work(1))
loop.stop()
try:
    print(loop.run_until_complete(t))
except RuntimeError as e:
    print("stopped:", e, t.done())
print(loop.run_until_complete(t))
print(loop.run_until_complete(work(2)))  # the stop was used up

f = loop.create_task(fails())
loop.stop()
try:
    loop.run_until_complete(f)
except RuntimeError as e:
    print("stopped:", e, f.done())
loop.run_until_complete(asyncio.sleep(0.2))
print(f.done())
del f

n = loop.create_task(never())
loop.stop()
try:
    loop.run_until_complete(n)
except RuntimeError as e:
    print("stopped:", e, n.done())
loop.close()
print("end")
