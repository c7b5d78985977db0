# functools.partial of a coroutine function: is it still a coroutine function?
import asyncio
import functools
import inspect

async def send(to, msg, *, retries=1):
    await asyncio.sleep(0)
    return f"to {to}: {msg} (retries={retries})"

class Sender:
    async def __call__(self, msg):
        return msg.upper()

async def main():
    p = functools.partial(send, "bob", retries=3)
    print(inspect.iscoroutinefunction(p), asyncio.iscoroutinefunction(p))
    print(await p("hi"))
    print(inspect.iscoroutinefunction(Sender()), inspect.iscoroutinefunction(Sender.__call__))
    print(await Sender()("loud"))
    pm = functools.partialmethod
    print(p.func.__name__, p.args, p.keywords)
    tasks = [asyncio.create_task(functools.partial(send, n)("x")) for n in "ab"]
    print([await t for t in tasks])

asyncio.run(main())
