# A learner's experiment: tasks of random lengths on the event loop, each
# recording how long it slept and when it finished; statistics sums up
import asyncio
import random
import statistics


async def job(i, durations):
    delay = random.choice([0.1, 0.4, 0.7, 1.0])
    await asyncio.sleep(delay)
    durations.append(delay)
    return i


async def main():
    random.seed(3)
    durations = []
    done = await asyncio.gather(*(job(i, durations) for i in range(12)))
    print(len(done), sorted(durations))
    print('mean', statistics.mean(durations), 'median', statistics.median(durations))
    print('mode', statistics.mode(durations), 'multimode', statistics.multimode(durations))
    print('stdev', round(statistics.stdev(durations), 6), 'pstdev', round(statistics.pstdev(durations), 6))
    print('quartiles', [round(q, 3) for q in statistics.quantiles(durations, n=4)])
    counts = {d: durations.count(d) for d in sorted(set(durations))}
    print('histogram', ' '.join(f'{d}:{"#" * c}' for d, c in counts.items()))


asyncio.run(main())
