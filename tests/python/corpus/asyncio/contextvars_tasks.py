# Each task runs in a copy of its creator's context: what a task sets is
# invisible to its creator and to its siblings; an inline await shares it
import asyncio
import contextvars

current = contextvars.ContextVar('current', default='none')
depth = contextvars.ContextVar('depth', default=0)


async def worker(name, delay):
    print(f'{name} starts seeing {current.get()!r} at depth {depth.get()}')
    current.set(name)
    depth.set(depth.get() + 1)
    await asyncio.sleep(delay)
    print(f'{name} still sees {current.get()!r} after its sleep')
    return current.get(), depth.get()


async def set_inline(value):
    current.set(value)


async def main():
    print('main starts with', current.get())
    current.set('main')
    t1 = asyncio.create_task(worker('t1', 0.2))
    current.set('main, after t1 was made')
    t2 = asyncio.create_task(worker('t2', 0.1))
    print(await t1, await t2, 'main:', current.get(), depth.get())
    results = await asyncio.gather(worker('g1', 0.2), worker('g2', 0), worker('g3', 0.1))
    print(results, 'main:', current.get())
    await set_inline('set by an inline await')
    print('after inline await:', current.get())
    await worker('inline worker', 0)
    print('after awaiting a coroutine inline:', current.get(), depth.get())
    own = contextvars.Context()
    t3 = asyncio.create_task(worker('t3 in its own context', 0), context=own)
    print(await t3, own[current], own[depth], current.get())
    t4 = asyncio.create_task(worker('t4 shares it', 0), context=own)
    print(await t4, own[current], own[depth])
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(worker('tg1', 0.1))
        b = tg.create_task(worker('tg2', 0), context=own)
    print(a.result(), b.result(), own[current], current.get())


current.set('module')
asyncio.run(main())
print('module still sees', current.get(), depth.get())
