# 34.5 with two workers and two callbacks each; the second task finishes first
import asyncio

async def worker(name, delay):
    print(f'worker {name} - will take {delay}s')
    await asyncio.sleep(delay)
    print(f'worker {name} - Done it')
    return name.upper() * 2

def print_it(task):
    print('print_it', task.get_name(), 'result:', task.result())

def count_it(task, counter=[]):
    counter.append(task.get_name())
    print('count_it seen so far:', counter)

async def do_something():
    t1 = asyncio.create_task(worker('a', 0.2), name='first')
    t2 = asyncio.create_task(worker('b', 0.1), name='second')
    for t in (t1, t2):
        t.add_done_callback(print_it)
        t.add_done_callback(count_it)
    print('removed:', t1.remove_done_callback(count_it))
    r1 = await t1
    print('do_something - t2 done before t1 awaited:', t2.done())
    r2 = await t2
    print('do_something - results', r1, r2)
    t2.add_done_callback(lambda t: print('late callback for', t.get_name()))
    print('do_something - late callback added')
    await asyncio.sleep(0)
    print('do_something - finished')

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
