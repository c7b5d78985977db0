# copied from a newer tutorial: same quotes inside the f-string braces
import asyncio

async def worker(label):
    await asyncio.sleep(0.01)
    return {'label': label, 'value': 7}

async def main():
    r = await worker('A')
    print(f"result {r["label"]} = {r["value"]}")

asyncio.run(main())
