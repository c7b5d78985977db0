# loop.create_task() and ensure_future() before run_until_complete: Task-N names, first steps before main's, then gather
import asyncio

async def work(i):
    print("work", i, "starts")
    await asyncio.sleep(0.01 * i)
    return i * 10

async def main_wait(tasks):
    print("main starts")
    done, pending = await asyncio.wait(tasks)
    return len(done)

tasks = [asyncio.ensure_future(work(i)) for i in range(3)]
loop = asyncio.get_event_loop()
t4 = loop.create_task(work(3))
print(t4.get_name(), t4.done())
print(loop.run_until_complete(main_wait(tasks + [t4])))
print([t.result() for t in tasks], t4.result(), repr(t4).split(' coro=')[0])
print(loop.run_until_complete(asyncio.gather(*tasks)))
loop.close()
