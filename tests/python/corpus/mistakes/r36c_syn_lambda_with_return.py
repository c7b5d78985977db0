# sort the tasks by priority using a lambda that returns the priority
jobs = [("write", 2), ("read", 1), ("send", 3)]
jobs.sort(key=lambda job: return job[1])
for name, prio in jobs:
    print(prio, name)
