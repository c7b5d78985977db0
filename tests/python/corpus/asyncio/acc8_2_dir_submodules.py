# asyncio's submodules among dir(asyncio), and the suggestions misspelt names get from them.
import asyncio

names = dir(asyncio)
print([n for n in ('coroutines', 'events', 'queues', 'streams', 'tasks', 'timeouts') if n in names])
for bad in ('coroutine', 'stream', 'queue', 'Queu', 'taskgroup', 'timeout_after'):
    try:
        getattr(asyncio, bad)
    except AttributeError as e:
        print('AttributeError:', e)
