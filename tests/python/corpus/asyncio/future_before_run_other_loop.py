# A Future belongs to the loop it was made for: awaiting it from another loop's task fails
import asyncio

early = asyncio.Future()          # get_event_loop()'s loop
done = asyncio.Future()
done.set_result('ready')
print(early.get_loop() is asyncio.get_event_loop())

async def waiter():
    try:
        await early
    except RuntimeError as e:
        print(str(e).replace(__file__, 'FILE'))

async def main():
    print(await done)
    await asyncio.create_task(waiter())
    return 'main done'

print(asyncio.run(main()))
other = asyncio.new_event_loop()
try:
    other.run_until_complete(early)
except ValueError as e:
    print('ValueError:', e)
other.close()

async def wait_early():
    await early

asyncio.run(wait_early())
