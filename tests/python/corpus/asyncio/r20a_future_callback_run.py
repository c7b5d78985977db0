# Future done callbacks under asyncio.run: they run only after main yields, so order shows it.
import asyncio
import functools


def callback(future, n):
    print('{}: future done: {}'.format(n, future.result()))


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(functools.partial(callback, n=1))
    fut.add_done_callback(functools.partial(callback, n=2))
    print('setting result')
    fut.set_result('the result')
    print('result set, done:', fut.done())
    await asyncio.sleep(0)
    print('after sleep(0)')


asyncio.run(main())
