# Splitting work into batches with itertools.islice, and a learner trying 3.12's batched in 3.11
import itertools

jobs = list(range(1, 11))
it = iter(jobs)
while batch := list(itertools.islice(it, 3)):
    print('batch', batch)
groups = [jobs[i:i + 4] for i in range(0, len(jobs), 4)]
print(groups)
print(list(itertools.zip_longest(*[iter(jobs)] * 4)))
print([list(g) for _, g in itertools.groupby(jobs, key=lambda x: (x - 1) // 5)])
print(list(itertools.batched(jobs, 3)))
