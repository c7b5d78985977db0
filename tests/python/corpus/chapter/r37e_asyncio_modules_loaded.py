# which asyncio submodules got imported just by "import asyncio"?
import sys
import asyncio

subs = sorted(name for name in sys.modules if name.startswith('asyncio.'))
print(len(subs))
print(subs)
print(asyncio.gather.__module__, asyncio.sleep.__module__, asyncio.Task.__module__,
      asyncio.Future.__module__, asyncio.Queue.__module__, asyncio.TaskGroup.__module__)
print([c.__name__ for c in asyncio.Task.__mro__])
