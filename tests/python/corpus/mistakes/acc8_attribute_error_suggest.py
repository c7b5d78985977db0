# asyncio.gahter and then a list's apend.
import asyncio

try:
    asyncio.gahter
except AttributeError as e:
    print(e)

results = []
for n in range(3):
    results.apend(n)
