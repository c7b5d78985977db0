# Mistake: a mutable default argument keeps its items between calls.
def record(n, history=[]):
    history.append(n)
    return history

print(record(1))
print(record(2))
print(record(3, []))
print(record(4))
