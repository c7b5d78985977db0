# inspect's predicates on the callables of an asyncio program: which are
# coroutine functions (also through a method or functools.partial)
import asyncio
import functools
import inspect


async def fetch(n):
    await asyncio.sleep(0)
    return n * 2


def plain(n):
    return n


def numbers():
    yield 1


async def ticks():
    yield 1


class Worker:
    async def run(self):
        return 'ran'

    def stop(self):
        return 'stopped'

    @staticmethod
    async def helper():
        return 'helped'

    @classmethod
    async def make(cls):
        return cls()


async def main():
    w = Worker()
    for name, obj in [('fetch', fetch), ('plain', plain), ('lambda', lambda: fetch(1)),
                      ('Worker.run', Worker.run), ('w.run', w.run), ('w.stop', w.stop),
                      ('Worker.helper', Worker.helper), ('Worker.make', Worker.make),
                      ('partial', functools.partial(fetch, 3)), ('numbers', numbers),
                      ('ticks', ticks), ('print', print), ('Worker', Worker)]:
        print(f'{name:14} coro={inspect.iscoroutinefunction(obj)!s:5} '
              f'gen={inspect.isgeneratorfunction(obj)!s:5} agen={inspect.isasyncgenfunction(obj)!s:5} '
              f'func={inspect.isfunction(obj)!s:5} method={inspect.ismethod(obj)!s:5} '
              f'builtin={inspect.isbuiltin(obj)!s:5} routine={inspect.isroutine(obj)!s:5} class={inspect.isclass(obj)}')
    print(inspect.ismodule(asyncio), inspect.ismodule(main), inspect.isabstract(Worker))
    print([name for name, _ in inspect.getmembers(Worker, inspect.isfunction)])
    print([name for name, value in inspect.getmembers(w, inspect.ismethod)])
    print(inspect.getmro(Worker) == Worker.__mro__)


asyncio.run(main())
