# Moving blocking parsing into a thread with to_thread, where it fails
import asyncio
import json

def parse(text):
    return json.loads(text)

async def main():
    good = await asyncio.to_thread(parse, '{"a": 1}')
    print(good)
    bad = await asyncio.to_thread(parse, "{'a': 1}")
    print(bad)

asyncio.run(main())
