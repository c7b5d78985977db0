# Mistake: a time of day written as numbers with leading zeros inside an f-string (a tokenizer error: no "f-string:" prefix).
import asyncio


async def remind(label):
    await asyncio.sleep(0.01)
    print(f'{label} at {09}:{05}')


asyncio.run(remind('standup'))
