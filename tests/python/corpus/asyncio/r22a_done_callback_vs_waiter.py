# Who runs first when a task finishes: its callbacks and the awaiting task.
import asyncio

order = []

async def child():
    await asyncio.sleep(0)
    order.append('child returns')
    return 1

async def waiter(t):
    await t
    order.append('waiter resumes')

async def main():
    t = asyncio.create_task(child())
    t.add_done_callback(lambda f: order.append('callback 1'))
    w = asyncio.create_task(waiter(t))
    await asyncio.sleep(0)
    t.add_done_callback(lambda f: order.append('callback 2'))
    await asyncio.gather(w)
    print(order)

asyncio.run(main())
# (end of the program)
