import asyncio
import math

for mod, name in [(asyncio, "create_tsk"), (asyncio, "Queu"), (math, "sqr"), (asyncio, "run_until_complete"), (math, "PI")]:
    try:
        getattr(mod, name)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    asyncio.wait_four
except AttributeError as e:
    print(e.name, e)
