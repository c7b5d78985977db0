# dumping the gathered results as a JSON report
import asyncio
import json
import random

random.seed(77)

async def worker(label):
    await asyncio.sleep(0.01)
    return {'label': label, 'value': random.randint(1, 10), 'ok': random.random() > 0.3, 'ratio': 1 / 3}

async def main():
    results = await asyncio.gather(*(worker(l) for l in 'ABC'))
    report = {'count': len(results), 'results': results, 'best': max(results, key=lambda r: r['value'])['label']}
    print(json.dumps(report, indent=2, sort_keys=True))
    print(json.dumps(results[0], separators=(',', ':')))

asyncio.run(main())
