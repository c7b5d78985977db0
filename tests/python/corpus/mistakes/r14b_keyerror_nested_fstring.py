# Mistake: a missing key in a nested dict, read inside a multi-line f-string call.
config = {
    'workers': {'count': 3, 'delay': 0.5},
    'retry': {'max': 2},
}

print(f"workers: {config['workers']['count']}")
print(
    f"retry after {config['retry']['delay']} seconds,"
    f" at most {config['retry']['max']} times"
)
