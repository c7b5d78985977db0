# * and a name in one from-import.
import asyncio

from asyncio import *, sleep
print(sleep)
