# A dict of results whose key's closing quote is missing.
results = {
    "alpha": 1,
    "beta: 2,
    "gamma": 3,
}
print(results)
