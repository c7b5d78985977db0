# Mistake: list.append's None kept and used as the list.
results = []
results = results.append(120)
print(results)
results.append(6)
