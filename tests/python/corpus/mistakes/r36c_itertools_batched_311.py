# batching jobs with itertools.batched from the newest docs
import itertools

jobs = list(range(7))
for batch in itertools.batched(jobs, 3):
    print(batch)
