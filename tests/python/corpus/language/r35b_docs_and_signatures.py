# Reading docstrings and signatures of builtins, methods and asyncio's API, as a learner explores
import asyncio, inspect, math, random, collections, json, functools, itertools

things = {
    'len': len, 'print': print, 'sorted': sorted, 'str.split': str.split, "'a'.upper": 'a'.upper,
    '[].append': [].append, 'dict.fromkeys': dict.fromkeys, 'int.from_bytes': int.from_bytes,
    'ValueError': ValueError, 'math.factorial': math.factorial, 'math.prod': math.prod,
    'random.randint': random.randint, 'json.dumps': json.dumps, 'functools.reduce': functools.reduce,
    'itertools.chain': itertools.chain, 'collections.Counter.most_common': collections.Counter.most_common,
    'asyncio.sleep': asyncio.sleep, 'asyncio.gather': asyncio.gather, 'asyncio.wait_for': asyncio.wait_for,
    'asyncio.as_completed': asyncio.as_completed, 'asyncio.run': asyncio.run, 'asyncio.create_task': asyncio.create_task,
    'asyncio.Queue': asyncio.Queue, 'asyncio.Queue.get': asyncio.Queue.get, 'asyncio.Task': asyncio.Task,
    'asyncio.Task.cancel': asyncio.Task.cancel, 'asyncio.Future.result': asyncio.Future.result,
    'asyncio.TaskGroup': asyncio.TaskGroup, 'asyncio.Lock.acquire': asyncio.Lock.acquire,
}
for label, obj in things.items():
    doc = obj.__doc__
    try:
        sig = str(inspect.signature(obj))
    except ValueError as e:
        sig = f'ValueError: {e}'.split(' at 0x')[0]
    print(f'{label}{sig if sig.startswith("(") else " " + sig}')
    print('   ', doc.strip().splitlines()[0] if doc else doc, len(doc or ''))
print(repr(ValueError('x').__doc__), (7).__doc__.splitlines()[0], inspect.getdoc(asyncio.Event).splitlines()[0])

async def worker(n):
    """My worker: sleeps n hundredths."""
    await asyncio.sleep(n / 100)
    return n

print(worker.__doc__, inspect.signature(worker), asyncio.run(worker(2)))
