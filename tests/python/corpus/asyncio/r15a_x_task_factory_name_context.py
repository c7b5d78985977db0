# create_task's name= and context= under a task factory: the name is set after the factory's
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")

def factory(loop, coro, **kwargs):
    t = asyncio.Task(coro, loop=loop, **kwargs)
    t.set_name("from-factory")
    return t

def strict_factory(loop, coro):
    return asyncio.Task(coro, loop=loop)

async def show():
    return asyncio.current_task().get_name(), var.get()

async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(factory)
    ctx = contextvars.Context()
    ctx.run(var.set, "in ctx")
    print(await asyncio.create_task(show()))
    print(await asyncio.create_task(show(), name="given"))
    print(await asyncio.create_task(show(), context=ctx))
    loop.set_task_factory(strict_factory)
    try:
        loop.create_task(show(), context=ctx)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
