# `await asyncio.sleep` without the call, and other uses of asyncio's
# functions as values: CPython's asyncio.sleep, gather, create_task, ...
# are Python functions, so the messages name the type 'function'.
import asyncio

async def main():
    for label, f in [('subscript', lambda: asyncio.sleep[1]),
                     ('add', lambda: asyncio.gather + 1),
                     ('iterate', lambda: list(asyncio.create_task)),
                     ('len', lambda: len(asyncio.shield)),
                     ('builtin', lambda: asyncio.get_running_loop[0])]:
        try:
            f()
        except TypeError as e:
            print(label, '->', e)
    print('sleeping')
    await asyncio.sleep
    print('done')

asyncio.run(main())
