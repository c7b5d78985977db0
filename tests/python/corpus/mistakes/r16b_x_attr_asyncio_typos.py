# asyncio names misspelt several ways, each with CPython's suggestion or none
import asyncio

for name in ["sleap", "gather_all", "createtask", "Run", "wait_four", "as_complete", "TaskGroups", "Timeout"]:
    try:
        getattr(asyncio, name)
    except AttributeError as e:
        print(e)
asyncio.slep(1)
