# nested the same quotes inside an f-string (works in 3.12, not in 3.11)
import asyncio

async def worker(label):
    await asyncio.sleep(0.01)
    return {'label': label, 'value': 42}

async def do_something():
    r = await worker('A')
    print(f'result {r['label']} = {r['value']}')

asyncio.run(do_something())
