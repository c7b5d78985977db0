# Misspelt names in asyncio, caught one after another.
import asyncio

for name in ["create_tasks", "Taskgroup", "gahter", "sleap", "run_forever", "Queu"]:
    try:
        getattr(asyncio, name)
    except AttributeError as e:
        print(e)
asyncio.wait_four
