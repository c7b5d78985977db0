# Incrementing a global counter from inside a function without global.
hits = 0

def record_hit():
    hits += 1
    return hits

print(record_hit())
