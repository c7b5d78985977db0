try:
    import random.randint
except ModuleNotFoundError as e:
    print(e, "|", e.name)
import random
print(random.randint.__name__)
import collections
print(collections.OrderedDict.__name__)
from asyncio.tasks import Task
print(Task)
import asyncio.sleep
