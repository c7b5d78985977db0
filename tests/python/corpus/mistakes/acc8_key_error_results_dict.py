# A results dict keyed by int, looked up with a str from input.
results = {5: 120, 3: 6}
key = "5"
print(results.get(key, "missing"))
print(results[key])
