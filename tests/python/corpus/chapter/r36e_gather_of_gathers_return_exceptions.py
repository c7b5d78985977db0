# grouped my workers into two teams with a gather each, one worker fails, outer gather keeps going
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    if label == 'B2':
        raise RuntimeError(f'{label} crashed')
    return label

async def do_something():
    team1 = asyncio.gather(worker('A1', 0.05), worker('A2', 0.1))
    team2 = asyncio.gather(worker('B1', 0.05), worker('B2', 0.1), return_exceptions=True)
    team3 = asyncio.gather(worker('B2', 0.02), worker('C1', 0.2))
    results = await asyncio.gather(team1, team2, team3, return_exceptions=True)
    for i, r in enumerate(results, 1):
        print(f'team{i}:', r if not isinstance(r, BaseException) else f'failed: {r!r}')
    await asyncio.sleep(0.25)
    print('team3 cancelled?', team3.cancelled(), '| done?', team3.done())

asyncio.run(do_something())
