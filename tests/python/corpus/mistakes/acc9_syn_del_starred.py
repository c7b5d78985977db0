# del of a starred name.
import asyncio

items = [1, 2]
del *items
