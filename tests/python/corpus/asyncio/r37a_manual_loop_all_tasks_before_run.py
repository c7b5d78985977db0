# Tasks created on a manual loop before it runs: all_tasks(loop), their order of execution, and leftovers
import asyncio

order = []


async def step(name, delay):
    order.append(f"start {name}")
    await asyncio.sleep(delay)
    order.append(f"end {name}")
    return name


loop = asyncio.new_event_loop()
t1 = loop.create_task(step("one", 0.02), name="one")
t2 = loop.create_task(step("two", 0.01), name="two")
t3 = loop.create_task(step("three", 1), name="three")
print(sorted(t.get_name() for t in asyncio.all_tasks(loop)))
print(loop.run_until_complete(t1))
print(order)
print(sorted(t.get_name() for t in asyncio.all_tasks(loop)))
t3.cancel()
try:
    loop.run_until_complete(t3)
except asyncio.CancelledError:
    print("three cancelled:", t3.cancelled())
print(asyncio.all_tasks(loop))
loop.close()
print(loop.is_closed(), t2.result())
