import asyncio

policy = asyncio.get_event_loop_policy()
print(type(policy).__name__)
loop = policy.new_event_loop()
print(type(loop).__name__, loop.is_running(), loop.is_closed())
async def main():
    return asyncio.get_running_loop() is loop
print(loop.run_until_complete(main()))
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(main())
except RuntimeError as e:
    print('RuntimeError:', e)
