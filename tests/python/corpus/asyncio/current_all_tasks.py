# current_task, all_tasks and task names (default Task-N, name=, set_name).
import asyncio

async def worker(n):
    me = asyncio.current_task()
    print('worker', n, 'runs in', me.get_name())
    await asyncio.sleep(0.1)
    return n

async def main():
    print('main runs in', asyncio.current_task().get_name())
    t1 = asyncio.create_task(worker(1))
    t2 = asyncio.create_task(worker(2), name='second')
    t3 = asyncio.create_task(worker(3))
    t3.set_name('renamed')
    await asyncio.sleep(0)
    print('all tasks:', sorted(t.get_name() for t in asyncio.all_tasks()))
    print('current is in all:', asyncio.current_task() in asyncio.all_tasks())
    await asyncio.gather(t1, t2, t3)
    print('left:', [t.get_name() for t in asyncio.all_tasks()])
    print('coro name:', t1.get_coro().__name__)

asyncio.run(main())
print('outside the loop:', asyncio.iscoroutinefunction(main))
