# curious how asyncio.sleep is written, I asked inspect for its source
import asyncio
import inspect

src = inspect.getsource(asyncio.sleep)
lines = src.splitlines()
print(lines[0])
print(len(lines) > 5, 'await' in src, 'sleep0' in src or 'delay' in src)
print(inspect.getmodule(asyncio.sleep).__name__)
print(inspect.getfile(asyncio.gather))
