# A sort key that changes the list being sorted.
tasks = [3, 1, 2]

def priority(t):
    if t == 2:
        tasks.append(99)
    return t

tasks.sort(key=priority)
print(tasks)
