# A parenthesised import list never closed.
print("start")

from asyncio import (sleep, gather,
    create_task
print(sleep)
