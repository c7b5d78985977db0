# reading the first line of asyncio's docstrings
import asyncio

for fn in (asyncio.sleep, asyncio.gather, asyncio.as_completed, asyncio.run):
    doc = fn.__doc__ or '(no docstring)'
    print(f'{fn.__name__}: {doc.strip().splitlines()[0]}')
