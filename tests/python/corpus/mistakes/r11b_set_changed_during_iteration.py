# Removing finished jobs from a set while looping over it.
jobs = {3, 7, 11, 15, 19}
done = {7, 15}
for j in sorted(jobs):
    print("checking", j)
for j in jobs:
    if j in done:
        jobs.discard(j)
print(jobs)
