# A class attribute computed from another class attribute with a typo
class Limits:
    MAX_WORKERS = 4
    MAX_TASKS = MAX_WORKER * 10

print(Limits.MAX_TASKS)
