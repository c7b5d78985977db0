# inspect's predicates on the objects an asyncio program holds: which are
# coroutines, awaitables, generators (asyncio.iscoroutine counts a
# generator in 3.11)
import asyncio
import inspect


async def fetch(n):
    await asyncio.sleep(0)
    return n * 2


def numbers():
    yield 1


async def ticks():
    yield 1


class Waitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return 'waited'


async def main():
    co = fetch(1)
    task = asyncio.create_task(fetch(2))
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(5)
    g = numbers()
    ag = ticks()
    for name, obj in [('coroutine', co), ('task', task), ('future', fut), ('Waitable()', Waitable()),
                      ('generator', g), ('async gen', ag), ('int', 42), ('genexp', (x for x in ()))]:
        print(f'{name:10} iscoroutine={inspect.iscoroutine(obj)!s:5} isawaitable={inspect.isawaitable(obj)!s:5} '
              f'isgenerator={inspect.isgenerator(obj)!s:5} isasyncgen={inspect.isasyncgen(obj)!s:5} '
              f'asyncio.iscoroutine={asyncio.iscoroutine(obj)}')
    print(await co, await task, await fut, await Waitable())


asyncio.run(main())
