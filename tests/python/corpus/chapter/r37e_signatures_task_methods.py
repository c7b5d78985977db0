# which Task and Future methods does inspect.signature understand?
import asyncio
import inspect

for cls in (asyncio.Task, asyncio.Future):
    for name in ('result', 'exception', 'cancel', 'cancelled', 'done', 'add_done_callback',
                 'remove_done_callback', 'get_name', 'set_name', 'get_coro', 'get_stack', 'uncancel'):
        meth = getattr(cls, name, None)
        if meth is None:
            print(cls.__name__, name, 'missing')
            continue
        try:
            print(cls.__name__, name, inspect.signature(meth))
        except ValueError as e:
            print(cls.__name__, name, 'ValueError:', e)
