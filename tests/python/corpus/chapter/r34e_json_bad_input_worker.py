# workers parse JSON messages; one message is broken and I print the whole traceback
import asyncio
import json
import sys
import traceback

MESSAGES = ['{"n": 5}', '{"n": 7,}', '{"n": 3}']

async def worker(msg):
    await asyncio.sleep(0.01)
    return json.loads(msg)['n']

async def main():
    results = await asyncio.gather(*map(worker, MESSAGES), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            tb = traceback.extract_tb(r.__traceback__)
            print(type(r).__name__, r, '| frames:', [f.name for f in tb])
        else:
            print('ok', r)

asyncio.run(main())
